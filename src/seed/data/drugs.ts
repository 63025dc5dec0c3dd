import type { SeedDrug } from './types'

/**
 * Drugs named in the demo summary. Mechanisms are written for patients; approvals list FDA decisions
 * that matter for soft tissue sarcoma (plus a first approval elsewhere where it explains the drug's status).
 */
export const drugs: SeedDrug[] = [
  // Targeted therapy: tyrosine kinase inhibitors
  {
    slug: 'pazopanib',
    name: 'pazopanib',
    brandNames: ['Votrient'],
    drugClass: 'Tyrosine kinase inhibitor',
    mechanism:
      'Pazopanib blocks several tyrosine kinases, enzymes that pass growth signals along inside cells. Many of these enzymes help a tumor build the new blood vessels it needs, so blocking them can slow or stop the growth of the cancer.',
    route: 'oral',
    approvals: [
      {
        indication: 'Advanced soft tissue sarcoma in adults who have already received chemotherapy',
        status: 'approved',
        authority: 'FDA',
        year: 2012,
      },
      { indication: 'Advanced renal cell carcinoma', status: 'approved', authority: 'FDA', year: 2009 },
    ],
    sideEffects: [
      'High blood pressure',
      'Diarrhea',
      'Fatigue',
      'Nausea',
      'Lightening of hair color',
      'Changes in liver function tests',
    ],
    references: ['van-der-graaf-2012-palette', 'nccn-sts-2022'],
  },
  {
    slug: 'imatinib',
    name: 'imatinib',
    brandNames: ['Gleevec'],
    drugClass: 'Tyrosine kinase inhibitor',
    mechanism:
      'Imatinib blocks a small group of tyrosine kinases, including KIT and the platelet-derived growth factor receptor (PDGFR), that are switched on abnormally in some tumors. In dermatofibrosarcoma protuberans a rearranged gene keeps the PDGFR signal turned on, and imatinib cuts that signal off.',
    route: 'oral',
    approvals: [
      {
        indication: 'Dermatofibrosarcoma protuberans that cannot be removed by surgery, has come back, or has spread',
        status: 'approved',
        authority: 'FDA',
        year: 2006,
      },
      { indication: 'KIT-positive gastrointestinal stromal tumor', status: 'approved', authority: 'FDA', year: 2002 },
    ],
    sideEffects: ['Swelling, especially around the eyes', 'Nausea', 'Muscle cramps', 'Diarrhea', 'Fatigue', 'Rash'],
    references: ['pdq-sts-patient', 'nccn-sts-2022'],
  },
  {
    slug: 'sunitinib',
    name: 'sunitinib',
    brandNames: ['Sutent'],
    drugClass: 'Tyrosine kinase inhibitor',
    mechanism:
      'Sunitinib blocks many tyrosine kinases at once, among them the receptors for vascular endothelial growth factor (VEGF) and KIT. Shutting down these signals starves the tumor of new blood vessels and can slow its growth.',
    route: 'oral',
    approvals: [
      {
        indication: 'Gastrointestinal stromal tumor after imatinib has stopped working or could not be tolerated',
        status: 'approved',
        authority: 'FDA',
        year: 2006,
      },
      { indication: 'Other soft tissue sarcomas', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Fatigue',
      'Diarrhea',
      'Mouth sores',
      'Redness and soreness of the hands and feet',
      'High blood pressure',
      'Changes in skin or hair color',
    ],
    references: ['nccn-sts-2022'],
  },
  {
    slug: 'regorafenib',
    name: 'regorafenib',
    brandNames: ['Stivarga'],
    drugClass: 'Tyrosine kinase inhibitor (multikinase inhibitor)',
    mechanism:
      'Regorafenib blocks several kinases at the same time: some drive cancer cell growth, some help the tumor form blood vessels, and some act in the tissue around the tumor. It is usually used after other drugs have stopped working.',
    route: 'oral',
    approvals: [
      {
        indication: 'Gastrointestinal stromal tumor after imatinib and sunitinib',
        status: 'approved',
        authority: 'FDA',
        year: 2013,
      },
      { indication: 'Other soft tissue sarcomas', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Redness, swelling and pain of the hands and feet',
      'Fatigue',
      'Diarrhea',
      'Loss of appetite',
      'High blood pressure',
      'Changes in liver function tests',
    ],
    references: ['nccn-sts-2022'],
  },
  {
    slug: 'sorafenib',
    name: 'sorafenib',
    brandNames: ['Nexavar'],
    drugClass: 'Tyrosine kinase inhibitor (multikinase inhibitor)',
    mechanism:
      'Sorafenib blocks kinases in the RAF pathway, which tells cells to divide, and receptors that help tumors grow new blood vessels. Together these effects can slow the growth of some tumors.',
    route: 'oral',
    approvals: [
      { indication: 'Advanced renal cell carcinoma', status: 'approved', authority: 'FDA', year: 2005 },
      { indication: 'Soft tissue sarcoma', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Redness and soreness of the hands and feet',
      'Diarrhea',
      'Fatigue',
      'Rash',
      'Hair thinning',
      'High blood pressure',
    ],
    references: ['nccn-sts-2022'],
  },
  // Targeted therapy: other
  {
    slug: 'tazemetostat',
    name: 'tazemetostat',
    brandNames: ['Tazverik'],
    drugClass: 'Histone methyltransferase (EZH2) inhibitor',
    mechanism:
      'Tazemetostat blocks EZH2, an enzyme that places chemical tags on the proteins DNA is wound around and so keeps certain genes switched off. Most epithelioid sarcomas have lost a protein called INI1, which makes them depend on EZH2; blocking it can shrink the tumor or slow its growth.',
    route: 'oral',
    approvals: [
      {
        indication:
          'Epithelioid sarcoma that has spread or is locally advanced and cannot be completely removed, in people 16 years and older',
        status: 'approved',
        authority: 'FDA',
        year: 2020,
      },
    ],
    sideEffects: ['Pain', 'Fatigue', 'Nausea', 'Loss of appetite', 'Vomiting', 'Constipation'],
    references: ['gounder-2020-tazemetostat'],
  },
  {
    slug: 'larotrectinib',
    name: 'larotrectinib',
    brandNames: ['Vitrakvi'],
    drugClass: 'Tyrosine kinase inhibitor (TRK inhibitor)',
    mechanism:
      'Larotrectinib blocks the TRK proteins. In a small number of tumors a piece of an NTRK gene is fused to another gene, making a TRK protein that is always switched on and drives growth; larotrectinib turns this signal off wherever in the body the tumor started.',
    route: 'oral',
    approvals: [
      {
        indication: 'Solid tumors with an NTRK gene fusion that have spread or cannot be removed safely by surgery',
        status: 'approved',
        authority: 'FDA',
        year: 2018,
      },
    ],
    sideEffects: ['Fatigue', 'Dizziness', 'Nausea', 'Cough', 'Constipation', 'Changes in liver function tests'],
    references: ['drilon-2018-larotrectinib'],
  },
  {
    slug: 'entrectinib',
    name: 'entrectinib',
    brandNames: ['Rozlytrek'],
    drugClass: 'Tyrosine kinase inhibitor (TRK and ROS1 inhibitor)',
    mechanism:
      'Entrectinib blocks the TRK proteins as well as two related kinases, ROS1 and ALK. Tumors with an NTRK gene fusion depend on an overactive TRK signal, and the drug can also reach tumor cells in the brain.',
    route: 'oral',
    approvals: [
      {
        indication:
          'Solid tumors with an NTRK gene fusion in people 12 years and older, when there is no satisfactory alternative',
        status: 'approved',
        authority: 'FDA',
        year: 2019,
      },
    ],
    sideEffects: ['Fatigue', 'Constipation', 'Changes in taste', 'Swelling', 'Dizziness', 'Weight gain'],
    references: [],
  },
  {
    slug: 'nab-sirolimus',
    name: 'nab-sirolimus',
    brandNames: ['Fyarro'],
    drugClass: 'mTOR inhibitor',
    mechanism:
      'Nab-sirolimus is the drug sirolimus bound to tiny particles of the blood protein albumin so that it can be given into a vein. Sirolimus blocks mTOR, a protein that controls cell growth and is overactive in PEComas because of changes in the TSC1 or TSC2 genes.',
    route: 'intravenous',
    approvals: [
      {
        indication:
          'Malignant perivascular epithelioid cell tumor (PEComa) that has spread or cannot be removed by surgery, in adults',
        status: 'approved',
        authority: 'FDA',
        year: 2021,
      },
    ],
    sideEffects: ['Mouth sores', 'Fatigue', 'Rash', 'Infections', 'Nausea', 'Swelling'],
    references: [],
  },
  // Immunotherapy
  {
    slug: 'atezolizumab',
    name: 'atezolizumab',
    brandNames: ['Tecentriq'],
    drugClass: 'Immune checkpoint inhibitor (PD-L1 inhibitor)',
    mechanism:
      'Atezolizumab is a monoclonal antibody that attaches to PD-L1, a protein some cancer cells use to switch off the T cells that would attack them. Blocking PD-L1 releases this brake so the immune system can recognize and kill the cancer cells.',
    route: 'intravenous',
    approvals: [
      {
        indication:
          'Alveolar soft part sarcoma that has spread or cannot be removed by surgery, in adults and children 2 years and older',
        status: 'approved',
        authority: 'FDA',
        year: 2022,
      },
    ],
    sideEffects: [
      'Fatigue',
      'Muscle and bone pain',
      'Nausea',
      'Rash',
      'Cough',
      'Inflammation of organs such as the lungs, bowel, liver or glands',
    ],
    references: ['chen-2023-atezolizumab', 'fda-2022-atezolizumab-asps'],
  },
  {
    slug: 'pembrolizumab',
    name: 'pembrolizumab',
    brandNames: ['Keytruda'],
    drugClass: 'Immune checkpoint inhibitor (PD-1 inhibitor)',
    mechanism:
      'Pembrolizumab is a monoclonal antibody that binds to PD-1, a checkpoint protein on T cells. With PD-1 blocked, tumor cells can no longer use it to turn the T cells off, so the T cells can go on attacking the cancer.',
    route: 'intravenous',
    approvals: [
      { indication: 'Advanced soft tissue sarcoma', status: 'clinical-trials', authority: 'FDA' },
      {
        indication: 'Solid tumors with high microsatellite instability or mismatch repair deficiency',
        status: 'approved',
        authority: 'FDA',
        year: 2017,
      },
    ],
    sideEffects: [
      'Fatigue',
      'Itching',
      'Rash',
      'Diarrhea',
      'Joint pain',
      'Inflammation of organs such as the lungs, bowel, liver or glands',
    ],
    references: ['tawbi-2017-sarc028', 'pdq-sts-patient'],
  },
  {
    slug: 'nivolumab',
    name: 'nivolumab',
    brandNames: ['Opdivo'],
    drugClass: 'Immune checkpoint inhibitor (PD-1 inhibitor)',
    mechanism:
      'Nivolumab is a monoclonal antibody that blocks the PD-1 checkpoint on T cells. This removes a signal tumors use to quiet the immune response, helping T cells keep attacking cancer cells; in sarcoma it has mostly been studied together with ipilimumab.',
    route: 'intravenous',
    approvals: [{ indication: 'Advanced soft tissue sarcoma', status: 'clinical-trials', authority: 'FDA' }],
    sideEffects: ['Fatigue', 'Rash', 'Itching', 'Diarrhea', 'Muscle and joint pain', 'Underactive thyroid'],
    references: ['dangelo-2018-nivolumab-ipilimumab', 'pdq-sts-patient'],
  },
  {
    slug: 'ipilimumab',
    name: 'ipilimumab',
    brandNames: ['Yervoy'],
    drugClass: 'Immune checkpoint inhibitor (CTLA-4 inhibitor)',
    mechanism:
      'Ipilimumab is a monoclonal antibody that blocks CTLA-4, a checkpoint protein that holds back the activation of T cells. With CTLA-4 blocked, more T cells become active and can attack tumor cells; it is usually given together with a PD-1 inhibitor.',
    route: 'intravenous',
    approvals: [
      { indication: 'Advanced soft tissue sarcoma', status: 'clinical-trials', authority: 'FDA' },
      {
        indication: 'Melanoma that has spread or cannot be removed by surgery',
        status: 'approved',
        authority: 'FDA',
        year: 2011,
      },
    ],
    sideEffects: [
      'Fatigue',
      'Diarrhea',
      'Itching',
      'Rash',
      'Inflammation of the bowel (colitis)',
      'Inflammation of hormone-making glands',
    ],
    references: ['dangelo-2018-nivolumab-ipilimumab', 'pdq-sts-patient'],
  },
  {
    slug: 'afamitresgene-autoleucel',
    name: 'afamitresgene autoleucel',
    brandNames: ['Tecelra'],
    drugClass: 'Autologous T-cell receptor (TCR) cell therapy',
    mechanism:
      "Afamitresgene autoleucel (afami-cel) is made from the patient's own T cells, which are collected from the blood and changed in a laboratory so that they carry a receptor that recognizes MAGE-A4, a protein found on some synovial sarcoma cells. The cells are multiplied and given back as a single infusion, where they seek out and kill tumor cells that show MAGE-A4 together with the HLA-A*02 tissue type.",
    route: 'intravenous',
    approvals: [
      {
        indication:
          'Synovial sarcoma that has spread or cannot be removed, in adults who have had chemotherapy and whose tumor and tissue type (HLA-A*02, MAGE-A4) match',
        status: 'approved',
        authority: 'FDA',
        year: 2024,
      },
    ],
    sideEffects: [
      'Cytokine release syndrome (fever, low blood pressure, fast heart rate)',
      'Low blood cell counts',
      'Nausea and vomiting',
      'Fatigue',
      'Infections',
      'Fever',
    ],
    references: ['dangelo-2024-spearhead1'],
  },
  // Chemotherapy
  {
    slug: 'doxorubicin',
    name: 'doxorubicin',
    brandNames: ['Adriamycin'],
    drugClass: 'Anthracycline (antitumor antibiotic)',
    mechanism:
      'Doxorubicin slips in between the strands of DNA and blocks topoisomerase II, an enzyme cells need to copy their DNA. Cancer cells that are dividing are damaged and die.',
    route: 'intravenous',
    approvals: [
      { indication: 'Soft tissue sarcoma (among several cancers)', status: 'approved', authority: 'FDA', year: 1974 },
    ],
    sideEffects: [
      'Hair loss',
      'Nausea and vomiting',
      'Low blood cell counts',
      'Mouth sores',
      'Heart muscle damage at high total doses',
      'Red-colored urine for a day or two',
    ],
    references: ['judson-2014-doxorubicin-ifosfamide', 'nccn-sts-2022'],
  },
  {
    slug: 'ifosfamide',
    name: 'ifosfamide',
    brandNames: ['Ifex'],
    drugClass: 'Alkylating agent',
    mechanism:
      'Ifosfamide is turned into its active form by the liver and then cross-links the strands of DNA so that cancer cells cannot divide. It is always given with mesna to protect the bladder.',
    route: 'intravenous',
    approvals: [
      {
        indication: 'Germ cell testicular cancer (third-line treatment)',
        status: 'approved',
        authority: 'FDA',
        year: 1988,
      },
      { indication: 'Soft tissue sarcoma', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Bladder irritation and bleeding',
      'Low blood cell counts',
      'Nausea and vomiting',
      'Hair loss',
      'Kidney damage',
      'Confusion or sleepiness',
    ],
    references: ['judson-2014-doxorubicin-ifosfamide', 'nccn-sts-2022'],
  },
  {
    slug: 'mesna',
    name: 'mesna',
    brandNames: ['Mesnex'],
    drugClass: 'Uroprotective agent (chemoprotectant)',
    mechanism:
      'Mesna is not a cancer drug; it protects the bladder. In the urine it binds acrolein, a breakdown product of ifosfamide that would otherwise irritate and damage the bladder lining.',
    route: 'intravenous',
    approvals: [
      { indication: 'Prevention of bladder bleeding caused by ifosfamide', status: 'approved', authority: 'FDA' },
    ],
    sideEffects: ['Nausea', 'Vomiting', 'Headache', 'Bad taste in the mouth', 'Fatigue'],
    references: [],
  },
  {
    slug: 'dacarbazine',
    name: 'dacarbazine',
    brandNames: ['DTIC-Dome'],
    drugClass: 'Alkylating agent',
    mechanism:
      'Dacarbazine is activated in the liver, and the active form attaches small chemical groups (methyl groups) to DNA. The damaged DNA stops cancer cells from dividing.',
    route: 'intravenous',
    approvals: [
      { indication: 'Metastatic malignant melanoma', status: 'approved', authority: 'FDA', year: 1975 },
      { indication: 'Soft tissue sarcoma', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Nausea and vomiting',
      'Low blood cell counts',
      'Flu-like symptoms',
      'Sensitivity to sunlight',
      'Hair loss',
    ],
    references: ['demetri-2016-trabectedin', 'schoffski-2016-eribulin'],
  },
  {
    slug: 'gemcitabine',
    name: 'gemcitabine',
    brandNames: ['Gemzar'],
    drugClass: 'Antimetabolite (nucleoside analog)',
    mechanism:
      'Gemcitabine looks like one of the building blocks of DNA. Cancer cells build it into new DNA, which stops them from copying their DNA and makes them die; for sarcoma it is often combined with docetaxel.',
    route: 'intravenous',
    approvals: [
      { indication: 'Advanced pancreatic cancer', status: 'approved', authority: 'FDA', year: 1996 },
      { indication: 'Soft tissue sarcoma', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: ['Low blood cell counts', 'Fatigue', 'Nausea', 'Flu-like symptoms', 'Rash', 'Swelling of the legs'],
    references: ['nccn-sts-2022'],
  },
  {
    slug: 'docetaxel',
    name: 'docetaxel',
    brandNames: ['Taxotere'],
    drugClass: 'Taxane (microtubule inhibitor)',
    mechanism:
      'Docetaxel freezes the microtubules, the internal scaffolding a cell uses to pull its chromosomes apart when it divides. The cancer cell cannot finish dividing and dies.',
    route: 'intravenous',
    approvals: [
      { indication: 'Breast cancer', status: 'approved', authority: 'FDA', year: 1996 },
      { indication: 'Soft tissue sarcoma', status: 'not-approved', authority: 'FDA' },
    ],
    sideEffects: [
      'Low white blood cell counts',
      'Hair loss',
      'Fluid retention',
      'Numbness or tingling in the hands and feet',
      'Nail changes',
      'Fatigue',
    ],
    references: ['nccn-sts-2022'],
  },
  {
    slug: 'trabectedin',
    name: 'trabectedin',
    brandNames: ['Yondelis'],
    drugClass: 'Alkylating agent (marine-derived DNA minor-groove binder)',
    mechanism:
      'Trabectedin was first found in a sea squirt. It binds to DNA, bends it, and disrupts how cancer cells read and repair their genes; it also affects immune cells in the tissue around the tumor.',
    route: 'intravenous',
    approvals: [
      {
        indication:
          'Liposarcoma or leiomyosarcoma that has spread or cannot be removed, after a chemotherapy regimen that included an anthracycline',
        status: 'approved',
        authority: 'FDA',
        year: 2015,
      },
    ],
    sideEffects: [
      'Nausea',
      'Fatigue',
      'Vomiting',
      'Changes in liver function tests',
      'Low blood cell counts',
      'Constipation',
    ],
    references: ['demetri-2016-trabectedin'],
  },
  {
    slug: 'eribulin',
    name: 'eribulin',
    brandNames: ['Halaven'],
    drugClass: 'Microtubule inhibitor (halichondrin analog)',
    mechanism:
      'Eribulin is a laboratory-made version of a substance found in a sea sponge. It stops microtubules from growing, so cancer cells cannot divide and eventually die.',
    route: 'intravenous',
    approvals: [
      {
        indication:
          'Liposarcoma that has spread or cannot be removed, after a chemotherapy regimen that included an anthracycline',
        status: 'approved',
        authority: 'FDA',
        year: 2016,
      },
      { indication: 'Metastatic breast cancer', status: 'approved', authority: 'FDA', year: 2010 },
    ],
    sideEffects: [
      'Fatigue',
      'Low white blood cell counts',
      'Hair loss',
      'Numbness or tingling in the hands and feet',
      'Nausea',
      'Constipation',
    ],
    references: ['schoffski-2016-eribulin'],
  },
]
