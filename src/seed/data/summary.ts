import type { SeedSummary } from './types'

/**
 * Demo patient summary. The text is adapted from NCI's "Soft Tissue Sarcoma Treatment (PDQ®)–Patient
 * Version" (updated June 2, 2023), which NCI allows to be reused as text; it is credited in the
 * "About This Summary" section and must not be presented as an official NCI PDQ summary.
 */
export const summary: SeedSummary = {
  slug: 'adult-soft-tissue-sarcoma-treatment-patient',
  title: 'Adult Soft Tissue Sarcoma Treatment (Patient Version)',
  audience: 'patient',
  language: 'en',
  summaryType: 'treatment',
  cancerType: 'Soft tissue sarcoma',
  description:
    'Plain-language information about adult soft tissue sarcoma: how it is diagnosed and staged, and which treatments may be used for each stage and for sarcoma that has come back.',
  lastComprehensiveReviewAt: '2023-06-02',
  nextComprehensiveReviewAt: '2026-06-02',
  relatedStages: [
    { system: 'trunk-extremities', code: 'IA' },
    { system: 'trunk-extremities', code: 'IB' },
    { system: 'trunk-extremities', code: 'II' },
    { system: 'trunk-extremities', code: 'IIIA' },
    { system: 'trunk-extremities', code: 'IIIB' },
    { system: 'trunk-extremities', code: 'IV' },
    { system: 'retroperitoneum', code: 'IA' },
    { system: 'retroperitoneum', code: 'IB' },
    { system: 'retroperitoneum', code: 'II' },
    { system: 'retroperitoneum', code: 'IIIA' },
    { system: 'retroperitoneum', code: 'IIIB' },
    { system: 'retroperitoneum', code: 'IV' },
  ],
  relatedTreatments: [
    'wide-local-excision',
    'limb-sparing-surgery',
    'mohs-microsurgery',
    'amputation',
    'lymphadenectomy',
    'lung-metastasectomy',
    'external-beam-radiation-therapy',
    'intensity-modulated-radiation-therapy',
    'brachytherapy',
    'high-dose-radiation-therapy',
    'doxorubicin-based-chemotherapy',
    'neoadjuvant-chemotherapy',
    'later-line-chemotherapy',
    'tyrosine-kinase-inhibitor-therapy',
    'histone-methyltransferase-inhibitor-therapy',
    'mtor-inhibitor-therapy',
    'immune-checkpoint-inhibitor-therapy',
    't-cell-therapy',
  ],
  relatedDrugs: [
    'pazopanib',
    'imatinib',
    'sunitinib',
    'regorafenib',
    'sorafenib',
    'tazemetostat',
    'larotrectinib',
    'entrectinib',
    'nab-sirolimus',
    'atezolizumab',
    'pembrolizumab',
    'nivolumab',
    'ipilimumab',
    'afamitresgene-autoleucel',
    'doxorubicin',
    'ifosfamide',
    'mesna',
    'dacarbazine',
    'gemcitabine',
    'docetaxel',
    'trabectedin',
    'eribulin',
  ],
  sections: [
    {
      key: 'general-information',
      title: 'General Information About Soft Tissue Sarcoma',
      sectionType: 'general-information',
      keyPoints: [
        'Soft tissue sarcoma is a disease in which malignant (cancer) cells form in the soft tissues of the body.',
        'Having certain inherited disorders can increase the risk of soft tissue sarcoma.',
        'A sign of soft tissue sarcoma is a lump or swelling in soft tissue of the body.',
        'Soft tissue sarcoma is diagnosed with a biopsy.',
        'Certain factors affect treatment options and prognosis (chance of recovery).',
      ],
      body: [
        {
          type: 'heading',
          text: 'Soft tissue sarcoma is a disease in which malignant (cancer) cells form in the soft tissues of the body.',
        },
        {
          type: 'paragraph',
          text: 'The soft tissues of the body connect, support, and surround other body parts and organs. The soft tissues of the body include the following:',
        },
        {
          type: 'list',
          items: [
            'A mix of bone and cartilage.',
            'Fibrous tissue.',
            'Muscles.',
            'Tendons (bands of fiber that connect muscles to bones).',
            'Fat.',
            'Blood vessels.',
            'Lymph vessels.',
            'Nerves.',
            'Tissues around joints (synovial tissue).',
          ],
        },
        {
          type: 'paragraph',
          text: 'Soft tissue sarcomas can form almost anywhere in the body, including the head, neck, and trunk, but are most common in the arms, legs, abdomen, and retroperitoneum (the area at the back of the abdomen, behind the organs of the belly).',
        },
        {
          type: 'paragraph',
          text: 'There are many types of soft tissue sarcoma. The cells of each type of sarcoma look different under a microscope, based on the type of soft tissue in which the cancer began [[ref:helman-maki-2014-abeloff]]. Some of them, such as gastrointestinal stromal tumors, Kaposi sarcoma, uterine sarcoma, and soft tissue sarcomas in children, are treated differently and are described in other summaries.',
        },
        { type: 'heading', text: 'Having certain inherited disorders can increase the risk of soft tissue sarcoma.' },
        {
          type: 'paragraph',
          text: "Anything that increases a person's chance of getting a disease is called a risk factor. Not every person with one or more of these risk factors will develop soft tissue sarcoma, and it will develop in people who don't have any known risk factors. Talk with your doctor if you think you may be at risk.",
        },
        { type: 'paragraph', text: 'Risk factors for soft tissue sarcoma include the following inherited disorders:' },
        {
          type: 'list',
          items: [
            'Li-Fraumeni syndrome (TP53 mutation).',
            'von Recklinghausen disease (neurofibromatosis type 1; NF1 mutation).',
            'Gardner syndrome (APC mutation).',
            'Nevoid basal cell carcinoma syndrome (Gorlin syndrome; PTCH1 mutation).',
            'Tuberous sclerosis (Bourneville disease; TSC1 or TSC2 mutation).',
            'Werner syndrome (adult progeria; WRN mutation).',
          ],
        },
        { type: 'paragraph', text: 'Other risk factors for soft tissue sarcoma include the following:' },
        {
          type: 'list',
          items: [
            'Past treatment with radiation therapy.',
            'Having lymphedema (swelling caused by a build-up of lymph fluid) in the arms or legs for a long time.',
            'Being exposed to certain chemicals, such as Thorotrast (thorium dioxide), vinyl chloride, or arsenic.',
            'Being infected with HIV and human herpesvirus 8. These viruses have been linked to Kaposi sarcoma.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Most people with soft tissue sarcoma have none of these inherited disorders or exposures [[ref:pdq-sts-patient]].',
        },
        { type: 'heading', text: 'A sign of soft tissue sarcoma is a lump or swelling in soft tissue of the body.' },
        {
          type: 'paragraph',
          text: 'A sarcoma may appear as a painless lump under the skin, often on an arm or a leg. Sarcomas that begin in the abdomen may not cause signs or symptoms until they get very big. As the sarcoma grows and presses on nearby organs, nerves, muscles, or blood vessels, signs and symptoms may include:',
        },
        { type: 'list', items: ['Pain.', 'Trouble breathing.'] },
        {
          type: 'paragraph',
          text: 'Other conditions may cause the same signs and symptoms. Check with your doctor if you have any of these problems.',
        },
        { type: 'heading', text: 'Soft tissue sarcoma is diagnosed with a biopsy.' },
        {
          type: 'paragraph',
          text: 'If your doctor thinks you may have a soft tissue sarcoma, a biopsy will be done. The type of biopsy will be based on the size of the tumor and where it is in the body. These types of biopsies may be used:',
        },
        {
          type: 'list',
          items: [
            '**Core needle biopsy:** The removal of tissue using a wide needle. Multiple tissue samples are taken. This procedure may be guided using ultrasound, CT scan, or MRI.',
            '**Incisional biopsy:** The removal of part of a lump or a sample of tissue. An incisional biopsy may be done when a core needle biopsy is not safe to perform or its findings are not clear.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Careful planning of the biopsy should involve the surgeon, a radiation oncologist, and an interventional radiologist who uses medical imaging to guide diagnosis, because the way a biopsy is done can affect later surgery. Samples will be taken from the primary tumor, lymph nodes, and other suspicious areas.',
        },
        {
          type: 'paragraph',
          text: 'A pathologist views the tissue under a microscope to look for cancer cells and to find out the grade of the tumor. The grade of a tumor depends on how abnormal the cancer cells look under a microscope and how quickly the cells are dividing. High-grade tumors usually grow and spread more quickly than low-grade tumors. Because soft tissue sarcoma can be hard to diagnose, the tissue samples should be checked by a pathologist who has experience in diagnosing soft tissue sarcoma.',
        },
        { type: 'paragraph', text: 'The following tests may be done on the tissue that was removed:' },
        {
          type: 'list',
          items: [
            '**Immunohistochemistry:** A laboratory test that uses antibodies to check for certain antigens (markers) in a sample of tissue. It is used to help diagnose cancer and to tell one type of cancer from another.',
            '**Flow cytometry:** A laboratory test that measures the number of cells in a sample, the percentage of live cells, and features of the cells such as size, shape, and the presence of tumor markers on the cell surface.',
            '**Molecular profiling:** A laboratory method that checks a sample of tissue, blood, or other body fluid for certain genes, proteins, or other molecules that may be a sign of cancer. It may also help plan treatment, for example by finding gene changes that a targeted drug can act on.',
            '**Light and electron microscopy:** A laboratory test in which cells are viewed under regular and high-powered microscopes to look for certain changes in the cells.',
            '**Cytogenetic analysis:** A laboratory test in which the chromosomes of cells are counted and checked for changes, such as broken, missing, rearranged, or extra chromosomes. Some types of sarcoma have typical chromosome changes.',
            '**FISH (fluorescence in situ hybridization):** A laboratory test that uses pieces of DNA containing fluorescent dyes to find and count certain genes or chromosomes in cells. It is used to help diagnose cancer and plan treatment.',
          ],
        },
        { type: 'heading', text: 'Certain factors affect treatment options and prognosis (chance of recovery).' },
        { type: 'paragraph', text: 'The treatment options and prognosis depend on the following:' },
        {
          type: 'list',
          items: [
            'The type of soft tissue sarcoma.',
            'The size, grade, and stage of the tumor.',
            'Where the tumor is in the body.',
            'Whether all of the tumor is removed by surgery.',
            "The patient's age and general health.",
            'Whether the cancer has recurred (come back).',
          ],
        },
        {
          type: 'paragraph',
          text: 'Small, low-grade tumors, especially in the trunk, arms, or legs, are frequently treated with surgery alone. High-grade sarcomas are more difficult to treat and more likely to spread [[ref:singer-2011-devita]].',
        },
      ],
    },
    {
      key: 'stages',
      title: 'Stages of Soft Tissue Sarcoma',
      sectionType: 'stages',
      keyPoints: [
        'After soft tissue sarcoma has been diagnosed, tests are done to find out if cancer cells have spread within the soft tissue or to other parts of the body.',
        'There are three ways that cancer spreads in the body, and cancer may spread from where it began to other parts of the body.',
        'The grade of the tumor is also used to describe the cancer and plan treatment.',
        'Soft tissue sarcoma of the trunk, arms, and legs and soft tissue sarcoma of the retroperitoneum are each staged from stage I to stage IV, but the two systems differ.',
        'There is no standard staging system for soft tissue sarcoma of the head, neck, chest, or abdomen.',
        'Soft tissue sarcoma can recur (come back) after it has been treated.',
      ],
      body: [
        {
          type: 'heading',
          text: 'After soft tissue sarcoma has been diagnosed, tests are done to find out if cancer cells have spread within the soft tissue or to other parts of the body.',
        },
        {
          type: 'paragraph',
          text: 'The process used to find out if cancer has spread within the soft tissue or to other parts of the body is called staging. Staging of soft tissue sarcoma is also based on the grade and size of the tumor, and whether it has spread to the lymph nodes or other parts of the body. It is important to know the stage in order to plan treatment.',
        },
        {
          type: 'paragraph',
          text: 'In addition to asking about your personal and family health history and doing a physical exam, your doctor may perform the following tests and procedures in the staging process:',
        },
        {
          type: 'list',
          items: [
            '**Chest x-ray:** An x-ray of the organs and bones inside the chest.',
            '**Blood chemistry studies:** A blood sample is checked to measure the amounts of certain substances released into the blood by organs and tissues. An unusual (higher or lower than normal) amount of a substance can be a sign of disease.',
            '**Complete blood count (CBC):** A blood sample is checked for the number of red blood cells, white blood cells, and platelets, the amount of hemoglobin (the protein that carries oxygen) in the red blood cells, and the portion of the sample made up of red blood cells.',
            '**CT scan (CAT scan):** A series of detailed pictures of areas inside the body, such as the lung, abdomen, and pelvis, taken from different angles by a computer linked to an x-ray machine. A dye may be injected into a vein or swallowed to help the organs or tissues show up more clearly.',
            '**MRI (magnetic resonance imaging):** A procedure that uses a magnet, radio waves, and a computer to make a series of detailed pictures of areas inside the body.',
            '**PET scan (positron emission tomography scan):** A small amount of radioactive glucose (sugar) is injected into a vein, and a scanner makes a picture of where glucose is being used in the body. Malignant tumor cells show up brighter because they are more active and take up more glucose than normal cells.',
          ],
        },
        {
          type: 'paragraph',
          text: 'The results of these tests are viewed together with the results of the tumor biopsy to find out the stage of the soft tissue sarcoma before treatment is given. Sometimes chemotherapy or radiation therapy is given as the first treatment, and afterwards the soft tissue sarcoma is staged again.',
        },
        { type: 'heading', text: 'There are three ways that cancer spreads in the body.' },
        { type: 'paragraph', text: 'Cancer can spread through tissue, the lymph system, and the blood:' },
        {
          type: 'list',
          items: [
            '**Tissue.** The cancer spreads from where it began by growing into nearby areas.',
            '**Lymph system.** The cancer spreads from where it began by getting into the lymph system. The cancer travels through the lymph vessels to other parts of the body.',
            '**Blood.** The cancer spreads from where it began by getting into the blood. The cancer travels through the blood vessels to other parts of the body.',
          ],
        },
        {
          type: 'paragraph',
          text: 'When cancer spreads to another part of the body, it is called metastasis. Cancer cells break away from where they began (the primary tumor), travel through the lymph system or blood, and form a tumor (metastatic tumor) in another part of the body. The metastatic tumor is the same type of cancer as the primary tumor. For example, if soft tissue sarcoma spreads to the lung, the cancer cells in the lung are actually soft tissue sarcoma cells. The disease is metastatic soft tissue sarcoma, not lung cancer.',
        },
        {
          type: 'paragraph',
          text: 'Soft tissue sarcoma spreads most often through the blood, and the lung is the most common place it spreads to. Spread to nearby lymph nodes is uncommon for most types of soft tissue sarcoma, but it happens more often with a few types, and when it does, it is a sign of more advanced disease [[ref:keung-2018-lymph-nodes]].',
        },
        { type: 'heading', text: 'The grade of the tumor is also used to describe the cancer and plan treatment.' },
        {
          type: 'paragraph',
          text: 'The grade of the tumor describes how abnormal the cancer cells look under a microscope and how quickly the tumor is likely to grow and spread. Low grade, mid grade, and high grade are used to describe soft tissue sarcoma:',
        },
        {
          type: 'list',
          items: [
            '**Low grade:** The cancer cells look more like normal cells under a microscope and grow and spread more slowly than in mid-grade and high-grade soft tissue sarcoma.',
            '**Mid grade:** The cancer cells look more abnormal under a microscope and grow and spread more quickly than in low-grade soft tissue sarcoma.',
            '**High grade:** The cancer cells look more abnormal under a microscope and grow and spread more quickly than in low-grade and mid-grade soft tissue sarcoma.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Tumor sizes are measured in centimeters (cm). A tumor 5 cm across is about the size of a lime (2 inches); a tumor 10 cm across is about the size of a grapefruit (4 inches).',
        },
        { type: 'heading', text: 'Stages of soft tissue sarcoma of the trunk, arms, and legs' },
        { type: 'paragraph', text: '**Stage I** is divided into stages IA and IB:' },
        {
          type: 'list',
          items: [
            'In **stage IA**, the tumor is 5 centimeters or smaller and is low grade or the grade is unknown.',
            'In **stage IB**, the tumor is larger than 5 centimeters and is low grade or the grade is unknown.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In **stage II**, the tumor is 5 centimeters or smaller and is mid grade or high grade.',
        },
        { type: 'paragraph', text: '**Stage III** is divided into stages IIIA and IIIB:' },
        {
          type: 'list',
          items: [
            'In **stage IIIA**, the tumor is larger than 5 centimeters but not larger than 10 centimeters and is mid grade or high grade.',
            'In **stage IIIB**, the tumor is larger than 10 centimeters and is mid grade or high grade.',
          ],
        },
        { type: 'paragraph', text: 'In **stage IV**, one of the following is found:' },
        {
          type: 'list',
          items: [
            'The tumor is any size, any grade, and has spread to nearby lymph nodes; or',
            'The tumor is any size, any grade, and may have spread to nearby lymph nodes. Cancer has spread to other parts of the body, such as the lung.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In stages I, II, and III, the cancer has not spread to lymph nodes or to other parts of the body.',
        },
        { type: 'heading', text: 'Stages of soft tissue sarcoma of the retroperitoneum' },
        { type: 'paragraph', text: '**Stage I** is divided into stages IA and IB:' },
        {
          type: 'list',
          items: [
            'In **stage IA**, the tumor is 5 centimeters or smaller and is low grade or the grade is unknown.',
            'In **stage IB**, the tumor is larger than 5 centimeters and is low grade or the grade is unknown.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In **stage II**, the tumor is 5 centimeters or smaller and is mid grade or high grade.',
        },
        { type: 'paragraph', text: '**Stage III** is divided into stages IIIA and IIIB:' },
        {
          type: 'list',
          items: [
            'In **stage IIIA**, the tumor is larger than 5 centimeters but not larger than 10 centimeters and is mid grade or high grade.',
            'In **stage IIIB**, one of the following is found: the tumor is larger than 10 centimeters and is mid grade or high grade; or the tumor is any size, any grade, and has spread to nearby lymph nodes.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In **stage IV**, the tumor is any size, any grade, and may have spread to nearby lymph nodes. Cancer has spread to other parts of the body, such as the lung.',
        },
        {
          type: 'paragraph',
          text: 'Note that the two systems treat spread to nearby lymph nodes differently: for a sarcoma of the trunk, arms, or legs it makes the cancer stage IV, while for a sarcoma of the retroperitoneum it makes the cancer stage IIIB, as long as the cancer has not spread to distant parts of the body [[ref:pdq-sts-patient]].',
        },
        {
          type: 'heading',
          text: 'There is no standard staging system for soft tissue sarcoma of the head, neck, chest, or abdomen.',
        },
        {
          type: 'paragraph',
          text: 'For sarcomas in these places, doctors describe the tumor by its size, grade, and whether it has spread to lymph nodes or other parts of the body, and use this information to plan treatment.',
        },
        { type: 'heading', text: 'Soft tissue sarcoma can recur (come back) after it has been treated.' },
        {
          type: 'paragraph',
          text: 'The cancer may come back in the same soft tissue or in other parts of the body. When it comes back, it most often does so in the area where it started or in the lungs.',
        },
      ],
    },
    {
      key: 'treatment-overview',
      title: 'Treatment Option Overview',
      sectionType: 'treatment-overview',
      keyPoints: [
        'There are different types of treatment for patients with soft tissue sarcoma.',
        'The following types of treatment are used: surgery, radiation therapy, chemotherapy, targeted therapy, and immunotherapy.',
        'Treatment for soft tissue sarcoma may cause side effects.',
        'Patients may want to think about taking part in a clinical trial.',
        'Patients can enter clinical trials before, during, or after starting their cancer treatment.',
        'Follow-up tests may be needed.',
      ],
      body: [
        { type: 'heading', text: 'There are different types of treatment for patients with soft tissue sarcoma.' },
        {
          type: 'paragraph',
          text: 'Different types of treatments are available for patients with soft tissue sarcoma. Some treatments are standard (the currently used treatment), and some are being tested in clinical trials. A treatment clinical trial is a research study meant to help improve current treatments or obtain information on new treatments for patients with cancer. When clinical trials show that a new treatment is better than the standard treatment, the new treatment may become the standard treatment.',
        },
        {
          type: 'paragraph',
          text: 'Because soft tissue sarcoma is rare and there are many types, treatment is best planned by a team of specialists who have experience with sarcoma, such as a surgical oncologist, a radiation oncologist, a medical oncologist, and a pathologist [[ref:asco-cancernet-2017]].',
        },
        { type: 'heading', text: 'Surgery' },
        {
          type: 'paragraph',
          text: 'Surgery is the most common treatment for soft tissue sarcoma, and it is the only treatment that can cure most of them. It may be the only treatment needed for small, low-grade tumors, especially in the trunk, arms, or legs. At specialist centers, carefully planned surgery alone has also given good local control for some higher-risk sarcomas of the arms and legs [[ref:fiore-2018-surgery-alone]]. The following surgical procedures may be used:',
        },
        {
          type: 'list',
          items: [
            '**Mohs micrographic surgery:** The tumor is cut from the skin in thin layers. During surgery, the edges of the tumor and each layer removed are viewed through a microscope to check for cancer cells, and layers are removed until no more cancer cells are seen. This removes as little normal tissue as possible and is often used where appearance is important, such as on the skin.',
            '**Wide local excision:** Removal of the tumor along with some normal tissue around it. For tumors of the head, neck, abdomen, and trunk, as little normal tissue as possible is removed.',
            '**Limb-sparing surgery:** Removal of the tumor in an arm or leg without amputation, so the use and appearance of the limb is saved. Radiation therapy or chemotherapy may be given first to shrink the tumor, which is then removed in a wide local excision. Tissue and bone that are removed may be replaced with a graft from another part of the body or with an implant such as artificial bone.',
            '**Amputation:** Surgery to remove part or all of an arm or leg. Amputation is rarely used to treat soft tissue sarcoma.',
            '**Lymphadenectomy:** Lymph nodes are removed and a sample of tissue is checked under a microscope for signs of cancer. This procedure is also called a lymph node dissection.',
          ],
        },
        {
          type: 'paragraph',
          text: 'When the tissue that was removed is checked under a microscope, the pathologist looks at its edges (margins). If cancer cells reach the margins, some cancer may have been left behind, and more surgery or radiation therapy may be needed. If the margins are clear, the chance that the cancer will come back in the same place is much lower.',
        },
        {
          type: 'paragraph',
          text: 'Radiation therapy or chemotherapy may be given before or after surgery to remove the tumor. When given before surgery, radiation therapy or chemotherapy will make the tumor smaller and reduce the amount of tissue that needs to be removed during surgery. Treatment given before surgery is called **neoadjuvant therapy**. When given after surgery to remove all of the tumor that can be seen, radiation therapy or chemotherapy will kill any remaining cancer cells. Treatment given after surgery, to lower the risk that the cancer will come back, is called **adjuvant therapy**.',
        },
        {
          type: 'paragraph',
          text: 'If the sarcoma has spread to only a few spots in the lungs, these metastatic tumors can sometimes be removed as well. This can lead to long-term survival for some patients.',
        },
        { type: 'heading', text: 'Radiation therapy' },
        {
          type: 'paragraph',
          text: 'Radiation therapy is a cancer treatment that uses high-energy x-rays or other types of radiation to kill cancer cells or keep them from growing. There are two types of radiation therapy:',
        },
        {
          type: 'list',
          items: [
            '**External radiation therapy** uses a machine outside the body to send radiation toward the area of the body with cancer. Intensity-modulated radiation therapy (IMRT) is a type of 3-dimensional (3-D) external radiation therapy that uses a computer to make pictures of the size and shape of the tumor. Thin beams of radiation of different intensities (strengths) are aimed at the tumor from many angles, which causes less damage to nearby healthy tissue.',
            '**Internal radiation therapy (brachytherapy)** uses a radioactive substance sealed in needles, seeds, wires, or catheters that are placed directly into or near the cancer.',
          ],
        },
        {
          type: 'paragraph',
          text: 'External radiation therapy and internal radiation therapy may be used to treat soft tissue sarcoma. The way the radiation therapy is given depends on the type and stage of the cancer being treated. Radiation given before surgery may make wounds slower to heal; radiation given after surgery is more likely to cause long-term stiffness and swelling of the treated limb.',
        },
        {
          type: 'paragraph',
          text: 'Some high-grade sarcomas are treated with radiation therapy and chemotherapy at the same time (chemoradiation), either before or after surgery [[ref:lehane-2016-chemoradiation]]. Chemoradiation causes more side effects, and in one study of grade 2 and grade 3 sarcomas of the arms and legs it did not clearly work better than radiation therapy alone after surgery [[ref:nessler-2017-ccrt]].',
        },
        { type: 'heading', text: 'Chemotherapy' },
        {
          type: 'paragraph',
          text: 'Chemotherapy is a cancer treatment that uses drugs to stop the growth of cancer cells, either by killing the cells or by stopping them from dividing. When chemotherapy is taken by mouth or injected into a vein or muscle, the drugs enter the bloodstream and can reach cancer cells throughout the body (systemic chemotherapy).',
        },
        {
          type: 'paragraph',
          text: 'The drugs used most often for soft tissue sarcoma are doxorubicin and ifosfamide. When ifosfamide is given, a drug called mesna is given with it to protect the bladder. For sarcoma that has spread, doxorubicin may be given alone or with ifosfamide: in a large trial the combination shrank tumors more often and delayed growth longer, but it did not help patients live longer and it caused more side effects [[ref:judson-2014-doxorubicin-ifosfamide]]. Other drugs that may be used include dacarbazine, gemcitabine, docetaxel, trabectedin, and eribulin.',
        },
        { type: 'heading', text: 'Targeted therapy' },
        {
          type: 'paragraph',
          text: 'Targeted therapy is a type of treatment that uses drugs or other substances to identify and attack specific cancer cells. There are different types of targeted therapy. These include:',
        },
        {
          type: 'list',
          items: [
            '**Tyrosine kinase inhibitor therapy:** These inhibitors block signals that cancer cells need to grow and divide. Some tyrosine kinase inhibitors also have angiogenesis inhibitor effects (they keep tumors from growing new blood vessels). Tyrosine kinase inhibitors used to treat soft tissue sarcoma include pazopanib, imatinib, sunitinib, and regorafenib.',
            '**Histone methyltransferase inhibitor therapy:** This therapy may help keep cancer cells from growing. Tazemetostat is a histone methyltransferase inhibitor used to treat epithelioid sarcoma.',
            '**mTOR inhibitor therapy:** This therapy blocks a protein that helps cells grow and divide. Nab-sirolimus is used to treat a rare sarcoma called malignant PEComa.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In a trial of patients whose sarcoma had grown after chemotherapy, pazopanib kept the cancer from growing for longer than a placebo did [[ref:van-der-graaf-2012-palette]]. Tazemetostat shrank or controlled some epithelioid sarcomas that had lost a protein called INI1 [[ref:gounder-2020-tazemetostat]]. A small number of sarcomas have a change in an NTRK gene; these may be treated with larotrectinib or entrectinib, which worked for many patients with this gene change whatever type of cancer they had [[ref:drilon-2018-larotrectinib]]. Testing the tumor for such changes (molecular profiling) helps doctors find out whether a targeted drug may help.',
        },
        { type: 'heading', text: 'Immunotherapy' },
        {
          type: 'paragraph',
          text: "Immunotherapy is a treatment that uses the patient's immune system to fight cancer. Substances made by the body or made in a laboratory are used to boost, direct, or restore the body's natural defenses against cancer.",
        },
        {
          type: 'paragraph',
          text: 'Immune checkpoint inhibitor therapy is a type of immunotherapy. Some types of immune system cells, such as T cells, and some cancer cells have certain proteins, called checkpoint proteins, on their surface that keep immune responses in check. These checkpoints help keep immune responses from being too strong and sometimes can keep T cells from killing cancer cells. When these checkpoints are blocked, T cells can kill cancer cells better. Types of immune checkpoint inhibitor therapy include the following:',
        },
        {
          type: 'list',
          items: [
            "**CTLA-4 inhibitor therapy:** CTLA-4 is a protein on the surface of T cells that helps keep the body's immune responses in check. When CTLA-4 attaches to another protein called B7 on a cancer cell, it stops the T cell from killing the cancer cell. CTLA-4 inhibitors attach to CTLA-4 and allow the T cells to kill cancer cells. Ipilimumab is a CTLA-4 inhibitor that is being studied to treat soft tissue sarcoma.",
            '**PD-1 and PD-L1 inhibitor therapy:** PD-1 is a protein on the surface of T cells, and PD-L1 is a protein found on some types of cancer cells. When PD-1 attaches to PD-L1, it stops the T cell from killing the cancer cell. PD-1 and PD-L1 inhibitors keep these proteins from attaching to each other, which allows the T cells to kill cancer cells. Pembrolizumab and nivolumab are PD-1 inhibitors used to treat soft tissue sarcoma that has grown or come back; atezolizumab is a PD-L1 inhibitor.',
          ],
        },
        {
          type: 'paragraph',
          text: 'In clinical trials, pembrolizumab shrank tumors in some patients with certain types of soft tissue sarcoma, such as undifferentiated pleomorphic sarcoma and liposarcoma [[ref:tawbi-2017-sarc028]], and nivolumab given with ipilimumab worked for some patients with sarcoma that had spread [[ref:dangelo-2018-nivolumab-ipilimumab]]. Atezolizumab shrank tumors in about one in three patients with advanced alveolar soft part sarcoma [[ref:chen-2023-atezolizumab]] and is now used for this type of sarcoma.',
        },
        {
          type: 'paragraph',
          text: "**T-cell therapy** is another type of immunotherapy. The patient's T cells are collected from the blood and changed in the laboratory so that they recognize a protein on the cancer cells, then grown in large numbers and given back by infusion. Afamitresgene autoleucel is a T-cell therapy for some adults with synovial sarcoma whose tumor cells carry a protein called MAGE-A4 and who have a matching tissue type (HLA-A*02) [[ref:dangelo-2024-spearhead1]]. Because it can cause serious side effects, it is given only at specialized treatment centers.",
        },
        { type: 'heading', text: 'Treatment for soft tissue sarcoma may cause side effects.' },
        {
          type: 'paragraph',
          text: 'Side effects depend on the type of treatment and the part of the body treated. Surgery may affect how an arm or leg works. Radiation therapy can cause skin changes, tiredness, and, years later, stiffness or weakened bones in the treated area. Chemotherapy can cause nausea, hair loss, tiredness, and low blood cell counts, which raise the risk of infection. Immunotherapy can cause the immune system to attack healthy organs. Talk with your health care team about the side effects to expect and how to manage them.',
        },
        { type: 'heading', text: 'Patients may want to think about taking part in a clinical trial.' },
        {
          type: 'paragraph',
          text: "For some patients, taking part in a clinical trial may be the best treatment choice. Clinical trials are part of the cancer research process. Clinical trials are done to find out if new cancer treatments are safe and effective or better than the standard treatment. Many of today's standard treatments for cancer are based on earlier clinical trials. Because soft tissue sarcoma is rare, trials that compare treatments are hard to run, and every patient who takes part helps answer important questions [[ref:macneill-2017-rcts]].",
        },
        {
          type: 'paragraph',
          text: 'Patients who take part in a clinical trial may receive the standard treatment or be among the first to receive a new treatment. Patients who take part in clinical trials also help improve the way cancer will be treated in the future. Even when clinical trials do not lead to effective new treatments, they often answer important questions and help move research forward.',
        },
        {
          type: 'heading',
          text: 'Patients can enter clinical trials before, during, or after starting their cancer treatment.',
        },
        {
          type: 'paragraph',
          text: 'Some clinical trials only include patients who have not yet received treatment. Other trials test treatments for patients whose cancer has not gotten better. There are also clinical trials that test new ways to stop cancer from recurring (coming back) or reduce the side effects of cancer treatment. Ask your doctor whether a clinical trial may be right for you.',
        },
        { type: 'heading', text: 'Follow-up tests may be needed.' },
        {
          type: 'paragraph',
          text: 'As you go through treatment, you will have follow-up tests or check-ups. Some tests that were done to diagnose or stage the cancer may be repeated to see how well the treatment is working. Decisions about whether to continue, change, or stop treatment may be based on the results of these tests.',
        },
        {
          type: 'paragraph',
          text: 'Some of the tests will continue to be done from time to time after treatment has ended. The results of these tests can show if your condition has changed or if the cancer has recurred (come back). Imaging of the chest is often part of follow-up, because the lungs are the most common place for soft tissue sarcoma to spread.',
        },
      ],
    },
    {
      key: 'treatment-stage-i',
      title: 'Treatment of Stage I Soft Tissue Sarcoma',
      sectionType: 'treatment-by-stage',
      keyPoints: [
        'Stage I soft tissue sarcoma is usually treated with surgery to remove the tumor.',
        'Radiation therapy may be given before and/or after surgery.',
        'High-dose radiation therapy may be used for tumors that cannot be removed by surgery.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For information about the treatments listed below, see the Treatment Option Overview section. To learn about the cancer stages, see the Stages of Soft Tissue Sarcoma section.',
        },
        { type: 'paragraph', text: 'Treatment of stage I soft tissue sarcoma may include the following:' },
        {
          type: 'list',
          items: [
            'Surgery to remove the tumor, such as Mohs microsurgery for small sarcomas of the skin, wide local excision, or limb-sparing surgery.',
            'Radiation therapy before and/or after surgery.',
            'High-dose radiation therapy, for tumors that cannot be removed by surgery.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Stage I sarcomas are low grade, so they tend to grow slowly and rarely spread. When a small, low-grade tumor can be removed with clear margins, surgery alone is often enough, and radiation therapy may not be needed [[ref:nccn-sts-2022]]. Radiation therapy is more often added for larger tumors, for tumors that were removed with a narrow or positive margin, or when another operation would be difficult.',
        },
        {
          type: 'paragraph',
          text: 'Clinical trials may be an option for some patients with stage I soft tissue sarcoma. Ask your doctor whether there is a trial that would be right for you.',
        },
      ],
    },
    {
      key: 'treatment-stage-ii-iii-n0',
      title:
        'Treatment of Stage II Soft Tissue Sarcoma and Stage III Soft Tissue Sarcoma That Has Not Spread to Lymph Nodes',
      sectionType: 'treatment-by-stage',
      keyPoints: [
        'Stage II and stage III sarcomas are mid-grade or high-grade tumors and are usually treated with surgery to remove the tumor.',
        'Radiation therapy may be given before or after surgery.',
        'Radiation therapy and/or chemotherapy may be given before limb-sparing surgery to shrink the tumor.',
        'High-dose radiation therapy may be used for tumors that cannot be removed by surgery.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For information about the treatments listed below, see the Treatment Option Overview section. To learn about the cancer stages, see the Stages of Soft Tissue Sarcoma section.',
        },
        {
          type: 'paragraph',
          text: 'Treatment of stage II soft tissue sarcoma and stage III soft tissue sarcoma that has not spread to lymph nodes may include the following:',
        },
        {
          type: 'list',
          items: [
            'Surgery to remove the tumor, such as wide local excision or limb-sparing surgery.',
            'Radiation therapy before or after surgery.',
            'Radiation therapy and/or chemotherapy before limb-sparing surgery. Radiation therapy may also be given after surgery.',
            'High-dose radiation therapy for tumors that cannot be removed by surgery.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Stage II and stage III sarcomas tend to grow more quickly and are more likely to spread or to come back in the same place after surgery than stage I sarcomas. Radiation therapy is therefore usually part of treatment, given either before surgery to shrink the tumor or after surgery to kill any cancer cells left behind [[ref:nccn-sts-2022]].',
        },
        {
          type: 'paragraph',
          text: 'For large tumors, or tumors in places where removing them would be difficult, chemotherapy (most often doxorubicin and ifosfamide), radiation therapy, or both may be given first so that the tumor can be removed completely and, for an arm or leg, the limb can be saved [[ref:lehane-2016-chemoradiation]]. In rare cases, amputation may still be needed to remove the whole tumor.',
        },
        {
          type: 'paragraph',
          text: 'When the tumor cannot be removed, or a person is not well enough for surgery, radiation therapy with or without chemotherapy may be used as the main treatment.',
        },
      ],
    },
    {
      key: 'treatment-stage-iii-n1',
      title: 'Treatment of Stage III Soft Tissue Sarcoma That Has Spread to Lymph Nodes (Advanced)',
      sectionType: 'treatment-by-stage',
      keyPoints: [
        'Sarcoma that has spread to nearby lymph nodes but not to distant parts of the body is treated with surgery to remove the tumor and the lymph nodes.',
        'Radiation therapy may be given after surgery.',
        'Chemotherapy or radiation therapy may be given before surgery.',
        'In the staging system for the trunk, arms, and legs, spread to nearby lymph nodes is stage IV; in the system for the retroperitoneum, it is stage IIIB.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For information about the treatments listed below, see the Treatment Option Overview section. To learn about the cancer stages, see the Stages of Soft Tissue Sarcoma section.',
        },
        {
          type: 'paragraph',
          text: 'Treatment of stage III soft tissue sarcoma that has spread to lymph nodes (advanced) may include the following:',
        },
        {
          type: 'list',
          items: [
            'Surgery (wide local excision) with lymphadenectomy. Radiation therapy may also be given after surgery.',
            'Surgery with neoadjuvant therapy (chemotherapy or radiation therapy) or adjuvant therapy (radiation therapy).',
          ],
        },
        {
          type: 'paragraph',
          text: 'Sarcoma that has spread to lymph nodes is uncommon, and it is linked to a higher risk that the cancer will spread to other parts of the body [[ref:keung-2018-lymph-nodes]]. For this reason, doctors usually check the whole body with imaging tests, such as a CT scan of the chest, before planning surgery.',
        },
        {
          type: 'paragraph',
          text: 'The name of the stage depends on where the tumor started. In the staging system for sarcomas of the trunk, arms, and legs, a tumor of any size or grade that has spread to nearby lymph nodes is stage IV, even if it has not spread further. In the system for sarcomas of the retroperitoneum, the same finding is stage IIIB [[ref:pdq-sts-patient]]. In both cases, the treatments listed in this section are used when the cancer has not spread beyond the nearby lymph nodes.',
        },
      ],
    },
    {
      key: 'treatment-stage-iv',
      title: 'Treatment of Stage IV Soft Tissue Sarcoma',
      sectionType: 'treatment-by-stage',
      keyPoints: [
        'Stage IV soft tissue sarcoma is usually treated with chemotherapy.',
        'Surgery may be used to remove cancer that has spread to the lungs.',
        'Targeted therapy with a tyrosine kinase inhibitor, such as pazopanib or imatinib, may be used.',
        'Some types of sarcoma can be treated with drugs that work only for that type.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For information about the treatments listed below, see the Treatment Option Overview section. To learn about the cancer stages, see the Stages of Soft Tissue Sarcoma section.',
        },
        { type: 'paragraph', text: 'Treatment of stage IV soft tissue sarcoma may include the following:' },
        {
          type: 'list',
          items: [
            'Chemotherapy.',
            'Surgery to remove cancer that has spread to the lungs.',
            'Targeted therapy with a tyrosine kinase inhibitor (pazopanib or imatinib).',
          ],
        },
        { type: 'heading', text: 'Chemotherapy' },
        {
          type: 'paragraph',
          text: 'Chemotherapy that includes doxorubicin is the most common first treatment for soft tissue sarcoma that has spread [[ref:villalobos-2017-treatment-patterns]]. Doxorubicin may be given alone or with ifosfamide or dacarbazine. Adding ifosfamide shrinks tumors more often but causes more side effects and has not been shown to help patients live longer, so it is used mainly when shrinking the tumor is an important goal [[ref:judson-2014-doxorubicin-ifosfamide]].',
        },
        {
          type: 'paragraph',
          text: 'If the cancer grows after the first chemotherapy, other drugs may be used. The choice depends on the type of sarcoma:',
        },
        {
          type: 'list',
          items: [
            'Gemcitabine, often given with docetaxel.',
            'Trabectedin, for liposarcoma or leiomyosarcoma that has grown after earlier chemotherapy. In a large trial it kept these cancers from growing for longer than dacarbazine did [[ref:demetri-2016-trabectedin]].',
            'Eribulin, for liposarcoma. In a large trial of patients with liposarcoma or leiomyosarcoma, patients given eribulin lived longer than patients given dacarbazine, and the benefit was seen mainly in liposarcoma [[ref:schoffski-2016-eribulin]].',
            'Dacarbazine.',
          ],
        },
        { type: 'heading', text: 'Surgery to remove cancer that has spread to the lungs' },
        {
          type: 'paragraph',
          text: 'When the sarcoma has spread only to the lungs and there are few tumors, the main tumor may be treated as for stage II or III sarcoma and the lung tumors removed by surgery. Some patients whose cancer can all be removed live for a long time. Doctors do not all agree on which patients benefit most, so this decision is made carefully by a team that treats many patients with sarcoma.',
        },
        { type: 'heading', text: 'Targeted therapy' },
        {
          type: 'paragraph',
          text: 'Pazopanib is a tyrosine kinase inhibitor taken by mouth. For many types of soft tissue sarcoma that have grown after chemotherapy, it can slow the growth of the cancer [[ref:van-der-graaf-2012-palette]]. Imatinib is used for dermatofibrosarcoma protuberans, a sarcoma of the skin, when it cannot be removed by surgery or has spread [[ref:nccn-sts-2022]].',
        },
        {
          type: 'paragraph',
          text: 'For some types of sarcoma, a drug that works only for that type may be an option:',
        },
        {
          type: 'list',
          items: [
            'Tazemetostat, for epithelioid sarcoma that cannot be completely removed [[ref:gounder-2020-tazemetostat]].',
            'Larotrectinib or entrectinib, for tumors with an NTRK gene fusion.',
            'Nab-sirolimus, for malignant PEComa.',
            'Atezolizumab, for alveolar soft part sarcoma [[ref:fda-2022-atezolizumab-asps]].',
            'Afamitresgene autoleucel, a T-cell therapy for some adults with synovial sarcoma who have already had chemotherapy.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Radiation therapy may also be used to relieve symptoms, such as pain, caused by cancer that has spread. Clinical trials of new treatments are an important option for patients with stage IV soft tissue sarcoma.',
        },
      ],
    },
    {
      key: 'treatment-recurrent',
      title: 'Treatment of Recurrent Soft Tissue Sarcoma',
      sectionType: 'recurrent',
      keyPoints: [
        'Sarcoma that comes back in the same place may be treated with surgery, with or without radiation therapy.',
        'Amputation is rarely needed.',
        'Cancer that comes back in the lungs may be removed by surgery.',
        'Targeted therapy, chemotherapy, or a clinical trial of an immune checkpoint inhibitor may be used.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For information about the treatments listed below, see the Treatment Option Overview section. To learn about the cancer stages, see the Stages of Soft Tissue Sarcoma section.',
        },
        { type: 'paragraph', text: 'Treatment of recurrent soft tissue sarcoma may include the following:' },
        {
          type: 'list',
          items: [
            'Surgery (wide local excision) with or without radiation therapy.',
            'Surgery (amputation; rarely done).',
            'Surgery to remove cancer that has recurred in the lungs.',
            'Targeted therapy with a tyrosine kinase inhibitor (pazopanib or imatinib).',
            'Chemotherapy.',
            'A clinical trial of an immune checkpoint inhibitor (pembrolizumab, nivolumab, or ipilimumab).',
          ],
        },
        {
          type: 'paragraph',
          text: 'When sarcoma comes back in the same place, it is often treated again with surgery, and radiation therapy may be added if it was not given before. When it comes back in other parts of the body, treatment is similar to treatment of stage IV soft tissue sarcoma and depends on the type of sarcoma, the treatments already given, and how long ago they were given.',
        },
        {
          type: 'paragraph',
          text: 'Immune checkpoint inhibitors are being studied for sarcoma that has come back. Pembrolizumab shrank tumors in some patients with undifferentiated pleomorphic sarcoma or liposarcoma [[ref:tawbi-2017-sarc028]], and nivolumab combined with ipilimumab shrank tumors in some patients whose sarcoma had spread [[ref:dangelo-2018-nivolumab-ipilimumab]]. These drugs do not work for most types of sarcoma, so they are usually given in a clinical trial.',
        },
        {
          type: 'paragraph',
          text: 'Testing the tumor for gene and protein changes may show whether a targeted drug or a T-cell therapy could help. Ask your doctor whether a clinical trial may be right for you.',
        },
      ],
    },
    {
      key: 'learn-more',
      title: 'To Learn More About Soft Tissue Sarcoma',
      sectionType: 'learn-more',
      keyPoints: [
        'The National Cancer Institute (NCI) publishes more information about soft tissue sarcoma and related cancers on cancer.gov.',
        'NCI also publishes general information about cancer, its treatment, and coping with cancer.',
      ],
      body: [
        {
          type: 'paragraph',
          text: 'For more information from the National Cancer Institute about soft tissue sarcomas, see the following pages on cancer.gov:',
        },
        {
          type: 'list',
          items: [
            'Soft Tissue Sarcoma Home Page',
            'Childhood Soft Tissue Sarcoma Treatment',
            'Ewing Sarcoma Treatment',
            'Gastrointestinal Stromal Tumors Treatment',
            'Kaposi Sarcoma Treatment',
            'Uterine Sarcoma Treatment',
            'Drugs Approved for Soft Tissue Sarcoma',
          ],
        },
        {
          type: 'paragraph',
          text: 'For general cancer information and other resources from the National Cancer Institute, see:',
        },
        {
          type: 'list',
          items: [
            'About Cancer',
            'Cancer Staging',
            'Chemotherapy and You: Support for People With Cancer',
            'Radiation Therapy and You: Support for People With Cancer',
            'Coping with Cancer',
            'Questions to Ask Your Doctor about Cancer',
            'For Survivors, Caregivers, and Advocates',
          ],
        },
      ],
    },
    {
      key: 'about-this-summary',
      title: 'About This Summary',
      sectionType: 'about-this-summary',
      keyPoints: [
        "This summary is demonstration content adapted from the National Cancer Institute's PDQ® patient summary on soft tissue sarcoma treatment.",
        'It is meant to inform patients, families, and caregivers, not to give formal guidelines or recommendations for health care decisions.',
        "It is reviewed by this site's editorial board, not by NCI.",
      ],
      body: [
        { type: 'heading', text: 'Source and credit' },
        {
          type: 'paragraph',
          text: 'Most of the text in this summary is adapted from **Soft Tissue Sarcoma Treatment (PDQ®)–Patient Version**, written by the PDQ Adult Treatment Editorial Board and published by the National Cancer Institute (updated June 2, 2023) [[ref:pdq-sts-patient]]. The original is available at https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq. Soft Tissue Sarcoma Treatment (PDQ®)–Patient Version was originally published by the National Cancer Institute.',
        },
        {
          type: 'paragraph',
          text: 'This is demonstration content for the Galley content management system. It is not an official NCI PDQ cancer information summary: it has been shortened, reorganized, and supplemented with additional information and references, and it is not updated by NCI. PDQ is a registered trademark of the National Cancer Institute.',
        },
        { type: 'heading', text: 'Purpose of this summary' },
        {
          type: 'paragraph',
          text: 'This summary has information about the treatment of soft tissue sarcoma in adults. It is meant to inform and help patients, families, and caregivers. It does not give formal guidelines or recommendations for making decisions about health care. Talk with your health care team about the treatment that is right for you.',
        },
        { type: 'heading', text: 'Reviewers and updates' },
        {
          type: 'paragraph',
          text: "The summary and the references it cites are reviewed by this site's editorial board. The date of the last comprehensive review and the date of the next planned review are shown with the summary, and each reference shows when it was last checked. Changes are made when there is new information.",
        },
        { type: 'heading', text: 'Clinical trial information' },
        {
          type: 'paragraph',
          text: "A clinical trial is a study to answer a scientific question, such as whether one treatment is better than another. Trials are based on past studies and what has been learned in the laboratory. If a clinical trial shows that a new treatment is better than one currently being used, the new treatment may become standard. Information about clinical trials supported by NCI is available from NCI's Cancer Information Service at 1-800-4-CANCER (1-800-422-6237), and other trials can be found on the ClinicalTrials.gov website.",
        },
        { type: 'heading', text: 'Disclaimer' },
        {
          type: 'paragraph',
          text: 'The information in this summary should not be used to make decisions about insurance reimbursement, and it does not replace the advice of your doctor.',
        },
      ],
    },
  ],
}
