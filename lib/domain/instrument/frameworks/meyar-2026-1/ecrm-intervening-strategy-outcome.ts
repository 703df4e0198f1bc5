// Module "ecrm", part 2: the intervening factors (8–9), the strategies (10–13) and the outcomes (14–17) of seed 001.
// Keys, names, roles and published levels come from the reference data (see ./ecrm-reference.ts);
// this file holds the questionnaire content.
import type { FactorDef } from "../../types";
import { R, factor } from "./build";
import { ecrmRef } from "./ecrm-reference";

const M = "ecrm";

export const ecrmInterveningStrategyOutcomeFactors: FactorDef[] = [
  factor(M, {
    ...ecrmRef("motivation"),
    definition:
      "Customers' motivation to deal with the bank through electronic channels: the benefits, convenience and rewards that " +
      "make them choose digital over other channels. Seed 001 treats motivation as an intervening condition and notes that " +
      "interactive applications built around customers' habits have raised it.",
    sources: ["001"],
    items: [
      "Customers choose our digital channels because they save them time.",
      "Our bank gives customers clear incentives, such as lower fees, for using digital channels.",
      "Our bank knows why customers do or do not use its digital services.",
      "Our digital channels offer customers useful features they cannot get at a branch.",
      R("Many customers who have registered for our digital services rarely use them."),
    ],
    rubric: [
      "The bank does not know what motivates customers to use digital channels; registrations may be high but active use is low.",
      "Some incentives, such as fee discounts, encourage digital use, but their effect is not measured.",
      "Research on why customers use or avoid digital channels guides a defined set of incentives and features.",
      "Active use and engagement are tracked by segment, and incentives and features are adjusted to raise them.",
      "Customers prefer the bank's digital channels for their convenience and exclusive value, and engagement lasts without heavy incentives.",
    ],
    actions: [
      [
        "Measure the share of registered digital customers who are active each month.",
        "Ask inactive digital customers why they do not use the channels.",
      ],
      [
        "Define a set of incentives for digital use, such as lower fees or faster approval.",
        "Offer at least one valuable feature that is available only in digital channels.",
        "Build features around customers' everyday habits, such as bill reminders and spending summaries.",
      ],
      [
        "Track active use and engagement by customer segment every month.",
        "Test incentives and features against control groups to measure their effect.",
        "Target campaigns at registered but inactive customers.",
      ],
      [
        "Reduce reliance on price incentives by improving convenience and exclusive digital value.",
        "Use engagement data to personalise reminders and offers.",
        "Reward sustained digital engagement through a loyalty programme.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("access-application"),
    definition:
      "How easily customers can reach the bank's electronic services and actually use them: availability on common devices, " +
      "ease of use, accessibility for people with impairments and options for slow connections. Seed 001 treats access and " +
      "application as an intervening condition.",
    sources: ["001"],
    items: [
      "Customers can use our main digital services on any common smartphone, tablet or computer.",
      "A first-time user can complete a simple transfer in our app without help.",
      "Our digital services are designed to be usable by people with visual or other impairments.",
      "Our bank measures how many customers abandon a digital process before finishing it.",
      R("Customers often call the bank because they cannot find how to do something in the app."),
    ],
    rubric: [
      "Digital services work on few devices, are hard to use and are not tested with users.",
      "Main services run on common devices, but ease of use is uneven and abandonment is not measured.",
      "Usability and accessibility standards are defined and tested, and abandonment in key processes is measured.",
      "Ease of use is managed with data: abandonment and help requests are tracked and reduced release by release.",
      "Services are effortless on every device and for every user group, meet recognised accessibility standards and rank among the easiest in the market.",
    ],
    actions: [
      [
        "Make the main digital services work on all common phones and browsers.",
        "Test the app with a small group of first-time users and fix the worst obstacles.",
      ],
      [
        "Adopt usability and accessibility standards, such as WCAG, for all digital services.",
        "Measure abandonment in the main digital processes.",
        "Add in-app help at the steps where customers get stuck.",
      ],
      [
        "Track help-desk calls caused by usability problems and reduce them with each release.",
        "Run usability tests with customers before every major release.",
        "Offer lightweight access for customers with slow connections or basic phones.",
      ],
      [
        "Audit accessibility against a recognised standard every year and publish the result.",
        "Compare ease of use with leading competitors through independent testing.",
        "Use journey analytics to remove unnecessary steps continuously.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("management-planning"),
    definition:
      "Management commitment and planning for e-CRM: clear objectives, plans, budgets and governance for the bank's " +
      "electronic customer relationships. Seed 001 counts management and planning among the strategies and addresses its " +
      "conclusions to banking planners who formulate digital banking.",
    sources: ["001"],
    items: [
      "Our bank has a written plan for electronic customer relationship management with yearly objectives.",
      "Senior management reviews progress on e-CRM objectives at least every quarter.",
      "E-CRM initiatives in our bank have a dedicated budget.",
      "Responsibility for e-CRM is assigned to a named senior manager.",
      R("E-CRM plans in our bank change whenever senior management changes."),
    ],
    rubric: [
      "There is no plan or owner for e-CRM; initiatives depend on individual enthusiasm.",
      "An e-CRM plan exists on paper but lacks budget, owners or follow-up.",
      "A funded e-CRM plan with yearly objectives and a named senior owner is reviewed by senior management.",
      "E-CRM objectives are cascaded into departmental plans, tracked quarterly and corrected when off track.",
      "E-CRM planning is part of the bank's strategy cycle, uses scenario analysis and stays stable across management changes.",
    ],
    actions: [
      [
        "Assign responsibility for e-CRM to a named senior manager.",
        "Write an e-CRM plan with three to five objectives for the coming year.",
      ],
      [
        "Give the e-CRM plan a dedicated budget.",
        "Review progress on e-CRM objectives in senior management every quarter.",
        "Define the roles of marketing, IT, operations and branches in delivering the plan.",
      ],
      [
        "Cascade e-CRM objectives into departmental plans and managers' targets.",
        "Track e-CRM indicators quarterly and record the corrective actions taken.",
        "Make e-CRM governance part of the bank's formal committee structure.",
      ],
      [
        "Integrate e-CRM planning into the bank's annual strategy cycle.",
        "Use scenario analysis to plan for changes in technology, competition and regulation.",
        "Document plans and the reasons for decisions so that they survive changes in management.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("support-protection"),
    definition:
      "The support and protection the bank gives customers in electronic channels: secure identification, fraud prevention, " +
      "data privacy and prompt help when something goes wrong. Seed 001 counts support and protection among the strategies, " +
      "and its published ISM model places it at the deepest level as the most fundamental driver.",
    sources: ["001"],
    items: [
      "Our bank uses strong authentication, such as biometrics or one-time codes, for digital transactions.",
      "Customers can reach a person quickly when they have a problem with a digital transaction.",
      "Our bank tells customers clearly how it protects and uses their personal data.",
      "Our bank has a documented procedure for handling customers who report fraud in digital channels.",
      R("Customers who report a suspicious online transaction wait a long time before the bank acts."),
    ],
    rubric: [
      "Security relies on passwords alone, customers have no fast route to help, and data-protection practice is unclear.",
      "Basic security controls and a help line exist, but fraud handling and privacy information are inconsistent.",
      "Strong authentication, a documented fraud-response procedure, clear privacy notices and defined support hours protect digital customers.",
      "Fraud, security incidents and support requests are monitored against targets, and customers are alerted and helped in real time.",
      "Security and support are a visible strength: adaptive fraud detection, round-the-clock expert help and transparent data use earn high customer trust.",
    ],
    actions: [
      [
        "Introduce two-factor authentication for all digital payments.",
        "Publish one phone number and one chat channel for urgent problems with digital services.",
        "Write a privacy notice that explains in plain language how customer data is used.",
      ],
      [
        "Adopt biometric or device-based authentication in the mobile app.",
        "Document a fraud-response procedure with time limits for blocking and investigating.",
        "Define support hours and response targets for digital channels.",
      ],
      [
        "Send customers real-time alerts for transactions and security events.",
        "Monitor fraud losses, incident response times and support resolution rates every month.",
        "Commission independent penetration tests of digital channels at least once a year.",
      ],
      [
        "Use behaviour-based analytics to stop fraud before it reaches customers.",
        "Provide round-the-clock expert support for digital customers.",
        "Report security, privacy and support performance to the board every year.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("substitution"),
    definition:
      "Replacing branch, paper and manual processes with electronic and automated ones, and countering the substitutes that " +
      "draw customers' money away from the bank. Seed 001 counts substitution among the strategies without defining it " +
      "further; its text discusses both process automation and alternative investments that reduce customers' willingness to keep funds in banks.",
    sources: ["001"],
    items: [
      "Our bank has a plan to move routine branch transactions to digital channels.",
      "Digital forms have replaced paper forms in most of our customer processes.",
      "Our bank tracks how much money customers move to alternatives such as investment funds or fintech apps.",
      "Our bank offers digital savings or investment products that compete with alternatives outside the bank.",
      R("Most customer requests in our bank still require paper documents and manual processing."),
    ],
    rubric: [
      "Branch and paper processes dominate, and the bank does not track where customers move their money instead.",
      "Some transactions have moved online, but back-office processing stays manual and substitutes are noticed only anecdotally.",
      "A channel-migration plan moves routine transactions to digital, automated processes, and outflows to substitutes are monitored.",
      "Most routine transactions are digital and processed automatically, and the bank answers substitutes with competitive digital products.",
      "Manual and paper processing is the exception, and the bank turns substitutes into partnerships or its own offers before customers leave.",
    ],
    actions: [
      [
        "List the routine transactions still done in branches and choose the first ones to move online.",
        "Replace the most common paper forms with digital forms.",
      ],
      [
        "Adopt a channel-migration plan with yearly targets for the digital share of transactions.",
        "Automate back-office processing of the main digital requests.",
        "Monitor deposit outflows to investment funds, fintech apps and other alternatives.",
      ],
      [
        "Offer digital savings and investment products that compete with the alternatives customers use.",
        "Move branch staff from routine transactions to advice and relationship work.",
        "Remove paper from the remaining high-volume processes.",
      ],
      [
        "Partner with or build alternative services, such as a fund platform, so that customers stay with the bank.",
        "Use analytics to spot customers likely to move their funds and contact them first.",
        "Review every process each year for further automation.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("roi-development"),
    definition:
      "Developing and demonstrating the return on e-CRM and digital investments: measuring costs and benefits, lowering the " +
      "cost of serving customers through automation, and investing where returns are highest. Seed 001 counts development " +
      "of return on investment among the strategies and notes that digital banks serve customers at far lower cost.",
    sources: ["001", "003"],
    items: [
      "Our bank measures the return on each major e-CRM or digital investment.",
      "Our bank knows how much it costs to serve a customer through each channel.",
      "Our bank ranks proposed digital investments by their expected return.",
      "Savings from automation are tracked and reported to management.",
      R("Our bank cannot say whether its spending on e-CRM has paid off."),
    ],
    rubric: [
      "Digital and e-CRM spending is treated as a cost; returns are neither estimated nor measured.",
      "Business cases estimate returns for large investments, but actual returns are not checked.",
      "Costs and benefits of e-CRM investments are measured after implementation, including the cost to serve by channel.",
      "Investment decisions rest on measured returns, and automation savings and revenue gains are reported regularly.",
      "Benefits management links e-CRM investments to customer lifetime value and profitability, and funds move to the highest returns.",
    ],
    actions: [
      [
        "Estimate the expected costs and benefits of every major e-CRM investment before approval.",
        "Calculate the cost of serving a transaction in each channel.",
      ],
      [
        "Agree a standard return-on-investment method with the finance department.",
        "Measure actual costs and benefits six to twelve months after each investment.",
        "Track the savings from process automation.",
      ],
      [
        "Rank proposed digital investments by expected return and strategic value.",
        "Report realised returns and automation savings to the executive committee every quarter.",
        "Stop funding initiatives whose measured return stays below the agreed threshold.",
      ],
      [
        "Link e-CRM investments to changes in customer lifetime value and profitability.",
        "Use a balanced scorecard for e-CRM that combines financial, customer, process and learning measures.",
        "Reallocate the digital budget every year towards the highest-return areas.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("relationship-management"),
    definition:
      "The bank's ability to build and keep long-term customer relationships through electronic channels: identifying and " +
      "segmenting customers by value, retaining them and raising their lifetime value and loyalty. Seed 001 lists " +
      "relationship management among the outcomes; seeds 000 and 003 treat retention and loyalty as consequences of e-CRM.",
    sources: ["001", "000", "003"],
    items: [
      "Our bank knows which of its customers are most valuable.",
      "Our bank contacts customers who show signs of leaving before they close their accounts.",
      "Each high-value customer has a named relationship manager.",
      "Our bank measures customer retention and loyalty at regular intervals.",
      R("Our bank puts more effort into winning new customers than into keeping existing ones."),
    ],
    rubric: [
      "Relationships are handled transaction by transaction; the bank does not know customers' value or why they leave.",
      "High-value customers are identified, but retention actions are ad hoc and loyalty is not measured.",
      "Customers are segmented by value, retention and loyalty are measured, and key segments have defined relationship programmes.",
      "Churn risk is predicted and acted on, relationship managers work from e-CRM data, and retention and lifetime value are managed against targets.",
      "Relationships are personalised in every channel, lifetime value guides each segment strategy, and loyalty is among the best in the market.",
    ],
    actions: [
      [
        "Identify the bank's most valuable customers from product and balance data.",
        "Measure how many customers close their accounts each month, and why.",
      ],
      [
        "Segment customers by value and define a relationship programme for each key segment.",
        "Give high-value customers a named relationship manager they can reach through digital channels.",
        "Measure retention and loyalty (for example net promoter score) every quarter.",
      ],
      [
        "Build a churn-prediction model and contact at-risk customers before they leave.",
        "Set retention and lifetime-value targets for each segment.",
        "Send relationship managers e-CRM alerts about customers' life events and changes in behaviour.",
      ],
      [
        "Personalise offers and service in every channel from each customer's history.",
        "Use customer lifetime value to allocate marketing and service resources.",
        "Run a loyalty programme that rewards long-term relationships rather than single transactions.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("marketing"),
    definition:
      "Marketing through electronic channels: targeted, data-driven campaigns, digital communication and social media that " +
      "reach the right customers with the right offers. Seed 001 lists marketing among the outcomes and observes that banks " +
      "have long failed to make the best use of modern marketing.",
    sources: ["001"],
    items: [
      "Our bank targets marketing offers at specific customer segments using customer data.",
      "Our bank measures the response rate of each digital marketing campaign.",
      "Our bank uses social media to answer customers' questions.",
      "Customers can choose which marketing messages they receive from our bank.",
      R("Our bank sends the same marketing messages to all its customers."),
    ],
    rubric: [
      "Marketing is mass advertising; digital channels are not used to target or engage customers.",
      "Digital campaigns run, but they are broad and judged only by their reach.",
      "Campaigns are targeted by segment through digital channels, customers manage their consent, and response and conversion are measured.",
      "Marketing is data-driven: campaigns are tested, triggered by customer events and judged on their contribution to sales and retention.",
      "Personalised, real-time marketing across channels is driven by customer insight, and the marketing budget follows proven returns.",
    ],
    actions: [
      [
        "Record customers' marketing consent and preferred channels in the CRM system.",
        "Run a first digital campaign aimed at a defined customer segment.",
      ],
      [
        "Use customer data to select the audience of every campaign.",
        "Measure response and conversion for each digital campaign.",
        "Use social media to answer customers' questions as well as to advertise.",
      ],
      [
        "Test campaign variants against control groups before rolling them out.",
        "Trigger offers automatically from customer events such as a salary payment or a large deposit.",
        "Report each campaign's contribution to sales and retention.",
      ],
      [
        "Personalise offers in real time in the app and on the website.",
        "Coordinate messages across channels so that each customer receives one consistent conversation.",
        "Allocate the marketing budget to channels and campaigns by measured return.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("performance"),
    definition:
      "The results e-CRM delivers for the bank: customer satisfaction, service quality, efficiency and profitability. " +
      "Seed 001 lists performance among the outcomes; seeds 000 and 003 examine the performance and consequences of e-CRM.",
    sources: ["001", "000", "003"],
    items: [
      "E-CRM has measurably improved customer satisfaction in our bank.",
      "Our digital services have reduced the time needed to serve a customer.",
      "Our bank reports e-CRM results, such as satisfaction and retention, alongside its financial results.",
      "Our bank sets service-quality targets for its digital channels and reports results against them.",
      R("Our bank's e-CRM system is used much less than was expected when it was introduced."),
    ],
    rubric: [
      "The effects of e-CRM on customers and on the bank are unknown.",
      "Some benefits of e-CRM, such as faster service, are visible but not measured systematically.",
      "A defined set of e-CRM performance measures (satisfaction, service quality, efficiency, profitability) is reported regularly.",
      "E-CRM performance is managed against targets on a balanced scorecard, and the results drive process improvement.",
      "E-CRM is a proven driver of the bank's results, benchmarked against peers and improved continuously.",
    ],
    actions: [
      [
        "Choose a few measures of e-CRM performance, such as satisfaction, service time and system use.",
        "Record baseline values for these measures.",
      ],
      [
        "Report e-CRM performance measures to management every quarter.",
        "Measure how much staff and customers actually use the e-CRM system.",
        "Survey customer satisfaction with service quality in digital channels.",
      ],
      [
        "Adopt a balanced scorecard for e-CRM with a target for each measure.",
        "Investigate and remove the causes of low system use or falling satisfaction.",
        "Link e-CRM performance to managers' objectives.",
      ],
      [
        "Benchmark e-CRM performance against peer banks every year.",
        "Quantify the contribution of e-CRM to profitability in an annual report to the board.",
        "Run a continuous-improvement cycle on the weakest measures.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("interactions"),
    definition:
      "The quality and continuity of customers' interactions with the bank across online and physical channels: two-way, " +
      "timely and consistent communication that brings the bank closer to its customers. Seed 001 lists interactions among " +
      "the outcomes and recommends using digital platforms to achieve real closeness with customers.",
    sources: ["001", "000"],
    items: [
      "Customers can continue a conversation with our bank in another channel without repeating themselves.",
      "Our bank replies to customer messages sent through the app within one working day.",
      "Our bank invites customers to suggest improvements to its services.",
      "Our bank sends customers timely, relevant messages about their accounts.",
      R("Customers receive contradictory information from different channels of our bank."),
    ],
    rubric: [
      "Interaction is one-way and channel by channel; customers repeat themselves and replies are slow.",
      "Customers can contact the bank through several digital channels, but the channels are not connected and response times vary.",
      "Interactions in all channels are recorded in one history, response times are defined, and customers are invited to give feedback.",
      "Interactions are managed as one conversation across channels, response targets are met and feedback is visibly acted on.",
      "Customers engage actively with the bank through proactive dialogue, communities and co-creation, and interaction quality is a recognised strength.",
    ],
    actions: [
      ["Offer at least one digital messaging channel with published opening hours.", "Log every customer contact, whatever the channel."],
      [
        "Record all interactions in a single customer history that every channel can see.",
        "Set and publish response-time targets for each channel.",
        "Ask customers for feedback after their interactions.",
      ],
      [
        "Let customers move between channels without repeating information.",
        "Tell customers what changed as a result of their feedback.",
        "Keep the information given in all channels consistent through one shared knowledge base.",
      ],
      [
        "Contact customers proactively about events that affect them.",
        "Create online panels or communities where customers help design services.",
        "Measure interaction quality and customer engagement and benchmark them against peers.",
      ],
    ],
  }),
];
