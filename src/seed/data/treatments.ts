import type { SeedTreatment } from './types'

/** Treatments referred to by the stages and the demo summary. Descriptions are written for patients. */
export const treatments: SeedTreatment[] = [
  // Surgery
  {
    slug: 'wide-local-excision',
    name: 'Wide local excision',
    modality: 'surgery',
    description:
      'The surgeon removes the tumor together with a rim of normal tissue around it, so that no cancer cells are left at the edges (margins). For tumors of the head, neck, abdomen, and trunk, as little normal tissue as possible is taken. It is the most common operation for soft tissue sarcoma and may be the only treatment needed for small, low-grade tumors.',
    drugs: [],
  },
  {
    slug: 'limb-sparing-surgery',
    name: 'Limb-sparing surgery',
    modality: 'surgery',
    description:
      'The tumor in an arm or leg is removed without amputation, so that the limb keeps its use and appearance. Radiation therapy or chemotherapy may be given first to shrink the tumor, which is then removed by wide local excision. Tissue or bone that is taken out may be replaced with a graft from another part of the body or with an implant such as artificial bone.',
    drugs: [],
  },
  {
    slug: 'mohs-microsurgery',
    name: 'Mohs micrographic surgery',
    modality: 'surgery',
    description:
      'A technique for small sarcomas of the skin. The tumor is shaved off in thin layers, and each layer and its edges are checked under a microscope during the operation; layers are removed until no cancer cells are seen. Because it removes as little normal tissue as possible, it is used where appearance matters.',
    drugs: [],
  },
  {
    slug: 'amputation',
    name: 'Amputation',
    modality: 'surgery',
    description:
      'Surgery to remove part or all of an arm or leg. Thanks to limb-sparing surgery combined with radiation therapy or chemotherapy, it is rarely needed today; it may be considered when a tumor cannot be removed in any other way, for example when it surrounds major nerves or blood vessels or has come back after treatment.',
    drugs: [],
  },
  {
    slug: 'lymphadenectomy',
    name: 'Lymphadenectomy (lymph node dissection)',
    modality: 'surgery',
    description:
      'Lymph nodes near the tumor are removed during surgery and checked under a microscope for cancer cells. It is done when the sarcoma has spread, or is suspected to have spread, to nearby lymph nodes, and is usually combined with wide local excision of the main tumor.',
    drugs: [],
  },
  {
    slug: 'lung-metastasectomy',
    name: 'Surgery to remove lung metastases (metastasectomy)',
    modality: 'surgery',
    description:
      'When soft tissue sarcoma has spread to the lungs, or comes back there, and there are only a few tumors, a surgeon may remove them. If every tumor can be removed, some patients live for a long time afterwards. It is often combined with chemotherapy or other drug treatment.',
    drugs: [],
  },
  // Radiation therapy
  {
    slug: 'external-beam-radiation-therapy',
    name: 'External-beam radiation therapy',
    modality: 'radiation',
    description:
      'A machine outside the body aims high-energy x-rays or other radiation at the tumor to kill cancer cells or stop them from growing. Given before surgery (neoadjuvant), it can shrink the tumor and make it easier to remove; given after surgery (adjuvant), it kills cancer cells that may have been left behind. Treatment is usually given on weekdays over several weeks.',
    drugs: [],
  },
  {
    slug: 'intensity-modulated-radiation-therapy',
    name: 'Intensity-modulated radiation therapy (IMRT)',
    modality: 'radiation',
    description:
      'A type of three-dimensional external radiation therapy. A computer uses images of the size and shape of the tumor to shape thin beams of radiation of different strengths, aimed at the tumor from many angles. It gives less radiation to nearby healthy tissue, which lowers the risk of damage to skin, joints, and other organs.',
    drugs: [],
  },
  {
    slug: 'brachytherapy',
    name: 'Brachytherapy (internal radiation therapy)',
    modality: 'radiation',
    description:
      'A radioactive source sealed in needles, seeds, wires, or thin tubes (catheters) is placed directly into or next to the area where the tumor was, often through tubes put in during surgery. It may be used on its own or together with external-beam radiation therapy.',
    drugs: [],
  },
  {
    slug: 'high-dose-radiation-therapy',
    name: 'High-dose radiation therapy for tumors that cannot be removed',
    modality: 'radiation',
    description:
      'When a tumor cannot be removed by surgery, because of where it is or because a person is not well enough for an operation, radiation therapy at high doses may be used as the main treatment to control the tumor. It may be combined with chemotherapy.',
    drugs: [],
  },
  // Chemotherapy
  {
    slug: 'doxorubicin-based-chemotherapy',
    name: 'Doxorubicin-based chemotherapy',
    modality: 'chemotherapy',
    description:
      "The most common first chemotherapy for soft tissue sarcoma that has spread or cannot be removed. Doxorubicin may be given alone or combined with ifosfamide (always with mesna to protect the bladder) or with dacarbazine. Combinations shrink tumors more often but also cause more side effects, so the choice depends on the goal of treatment and the person's health.",
    drugs: ['doxorubicin', 'ifosfamide', 'mesna', 'dacarbazine'],
  },
  {
    slug: 'neoadjuvant-chemotherapy',
    name: 'Neoadjuvant (pre-operative) chemotherapy',
    modality: 'chemotherapy',
    description:
      'Chemotherapy given before surgery, sometimes together with radiation therapy, to shrink a large or high-grade tumor so that it can be removed completely and, in an arm or leg, the limb can be saved. Doxorubicin and ifosfamide with mesna are the drugs used most often.',
    drugs: ['doxorubicin', 'ifosfamide', 'mesna'],
  },
  {
    slug: 'later-line-chemotherapy',
    name: 'Chemotherapy after first-line treatment',
    modality: 'chemotherapy',
    description:
      'When sarcoma grows after doxorubicin-based chemotherapy, other drugs may be used. The choice depends on the type of sarcoma: for example gemcitabine with docetaxel, dacarbazine, trabectedin for liposarcoma or leiomyosarcoma, or eribulin for liposarcoma.',
    drugs: ['gemcitabine', 'docetaxel', 'dacarbazine', 'trabectedin', 'eribulin'],
  },
  // Targeted therapy
  {
    slug: 'tyrosine-kinase-inhibitor-therapy',
    name: 'Targeted therapy with tyrosine kinase inhibitors',
    modality: 'targeted-therapy',
    description:
      'Tyrosine kinase inhibitors block signals that cancer cells need to grow and divide, and some also block the growth of new blood vessels that tumors need (angiogenesis). Pazopanib is used for several types of advanced soft tissue sarcoma after chemotherapy, and imatinib for dermatofibrosarcoma protuberans; others, such as larotrectinib or entrectinib, are used only when the tumor has a particular gene change.',
    drugs: ['pazopanib', 'imatinib', 'sunitinib', 'regorafenib', 'sorafenib', 'larotrectinib', 'entrectinib'],
  },
  {
    slug: 'histone-methyltransferase-inhibitor-therapy',
    name: 'Targeted therapy with a histone methyltransferase inhibitor',
    modality: 'targeted-therapy',
    description:
      'This therapy blocks an enzyme that switches off genes controlling cell growth, and may keep cancer cells from growing. Tazemetostat is used for epithelioid sarcoma that has spread or cannot be completely removed.',
    drugs: ['tazemetostat'],
  },
  {
    slug: 'mtor-inhibitor-therapy',
    name: 'Targeted therapy with an mTOR inhibitor',
    modality: 'targeted-therapy',
    description:
      'mTOR inhibitors block a protein that controls cell growth and division. Nab-sirolimus, given into a vein, is used for malignant perivascular epithelioid cell tumors (PEComas) that have spread or cannot be removed.',
    drugs: ['nab-sirolimus'],
  },
  // Immunotherapy
  {
    slug: 'immune-checkpoint-inhibitor-therapy',
    name: 'Immune checkpoint inhibitor therapy',
    modality: 'immunotherapy',
    description:
      'Checkpoint proteins such as PD-1, PD-L1, and CTLA-4 keep immune responses in check, and some cancer cells use them to stop T cells from attacking. Checkpoint inhibitors block these proteins so the T cells can kill cancer cells. Atezolizumab is used for alveolar soft part sarcoma; pembrolizumab, nivolumab, and ipilimumab are being studied in clinical trials for other soft tissue sarcomas.',
    drugs: ['atezolizumab', 'pembrolizumab', 'nivolumab', 'ipilimumab'],
  },
  {
    slug: 't-cell-therapy',
    name: 'T-cell therapy (engineered T-cell receptor therapy)',
    modality: 'immunotherapy',
    description:
      "The patient's own T cells are collected from the blood, changed in a laboratory so that they recognize a protein on the sarcoma cells, multiplied, and given back as an infusion after a few days of chemotherapy. Afamitresgene autoleucel is used for some adults with advanced synovial sarcoma; it must be given at a specialized treatment center because of serious side effects such as cytokine release syndrome.",
    drugs: ['afamitresgene-autoleucel'],
  },
]
