// The five seed studies behind meyar-2026.1.
// Citations are taken from the seed texts themselves. Where a seed text does not give the authors,
// journal, year or DOI, the citation says so and names the seed file instead of guessing.
import type { SourceDef } from "../../types";

export const sources: SourceDef[] = [
  {
    id: "000",
    citation:
      "Design and validation of an electronic customer relationship management (e-CRM) model and its consequences in private banks " +
      "(grounded theory with 16 banking experts; structural equation modelling with 230 managers and employees of private banks, Tehran). " +
      "Authors affiliated with Islamic Azad University (Tabriz, South Tehran and Urmia branches). " +
      "The seed text is the abstract only: its title, author names, journal, year and DOI are not given; " +
      "descriptive title supplied by Meyar, cited as seed file 000_b879257a825c0383.txt.",
    file: "000_b879257a825c0383.txt",
  },
  {
    id: "001",
    citation:
      "Azimi, S. M., Aria, K., & Jalali, S. M. (2023). Designing a Customer Interaction Model with an Emphasis on " +
      "Electronic Customer Relationship Management in Digital Banking. International Journal of Innovation Management " +
      "and Organizational Behavior, 3(4), 53-59. https://doi.org/10.61838/kman.ijimob.3.4.7",
    file: "001_d0352c03f9236f94.txt",
  },
  {
    id: "002",
    citation:
      "Developing a digital customer experience management model in the banking sector " +
      "(mixed methods: grounded theory with twelve expert interviews; confirmatory factor analysis in PLS). " +
      "The seed text gives neither title nor authors, journal, year or DOI; descriptive title supplied by Meyar, " +
      "cited as seed file 002_e883f003c3b5e807.txt.",
    file: "002_e883f003c3b5e807.txt",
  },
  {
    id: "003",
    citation:
      "Electronic customer relationship management (E-CRM) and its performance, challenges and solutions. Review article, " +
      "Vol. 1, No. 3 (September 2018), pp. 33-50. Authors affiliated with Islamic Azad University, Zanjan Branch, and " +
      "Sufi Razi Non-Profit Higher Education Institute, Zanjan. The seed text does not give the author names, the journal " +
      "name or a DOI; cited as seed file 003_cbdd5585d1ac0ae4.txt.",
    file: "003_cbdd5585d1ac0ae4.txt",
  },
  {
    id: "004",
    citation:
      "Developing a Framework to Integrate Customers' Knowledge Management and Customer Relationship Management in the " +
      "Banking Industry. Research paper. Authors affiliated with Islamic Azad University (Roodehen and Firouzkouh branches). " +
      "The seed text does not give the author names, journal, year or DOI; cited as seed file 004_9dc1582b41c807b0.txt.",
    file: "004_9dc1582b41c807b0.txt",
  },
];
