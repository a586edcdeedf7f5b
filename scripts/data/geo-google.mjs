// Google Cloud's own per-region figures (used by geo-build.mjs): grid carbon intensity (gCO2eq/kWh) and Google CFE (the
// average hourly share of carbon-free energy Google consumed there, %), every year Google has published, transcribed from
// GoogleCloudPlatform/region-carbon-info, data/yearly/YEAR.csv, at the commit named per file below (repository HEAD
// 49f3f26, 2025-12-03). These are the provider's figures: shown beside the location-based value, never priced with it.
//
// Basis: the 2019 and 2020 files are life-cycle (commit 555a784, 2022-06-17, renamed their column "Lifecycle grid
// carbon intensity" and said "This will change in 2021"); from 2021 the README defines the metric as "average
// operational gross emissions per unit of energy from the grid" (commit aa4a607, 2022-07-15), i.e. direct emissions.
// Google revises published files (e.g. 2021 Montréal 142 -> 0 in c154d69; 2022 us-central1 445 -> 460 in 10813a3):
// the values here are those at the commits named. CodeCarbon's cloud/impact.csv, which carbontrail used before, holds
// the 2023 file (not 2022) and spells me-central1 "me-cenrtal1". us-east2 (Georgia, 2024 only) is left out: no public
// Google Cloud region of that name was found.

/** Year → the file's last commit and the basis of its intensity column. */
export const googleFiles = {
  2019: { commit: '4975c62363a6f6b58ffdf93ffc445ea4a7878657', basis: 'life-cycle' },
  2020: { commit: '4975c62363a6f6b58ffdf93ffc445ea4a7878657', basis: 'life-cycle' },
  2021: { commit: '4975c62363a6f6b58ffdf93ffc445ea4a7878657', basis: 'direct' },
  2022: { commit: '10813a358deb47567a88848dc145ab314ae8296b', basis: 'direct' },
  2023: { commit: '60bac79b2de792b55630f99b8ddb0c820bcb243d', basis: 'direct' },
  2024: { commit: '49f3f26bfd682305e8d9b572fea1f811900421a9', basis: 'direct' },
};

// region  year:gCO2eq/kWh:CFE % ("-": no CFE published)
const LINES = `
africa-south1            2023:646:16 2024:656.85:15
asia-east1               2019:541:19 2020:540:18 2021:456:17 2022:453:18 2023:451:18 2024:439.29:17
asia-east2               2019:506:- 2020:453:- 2021:360:28 2022:360:28 2023:360:28 2024:505.02:1
asia-northeast1          2019:569:- 2020:554:12 2021:464:16 2022:463:16 2023:459:16 2024:452.85:17
asia-northeast2          2019:414:- 2020:442:- 2021:384:31 2022:383:32 2023:385:30 2024:296.19:46
asia-northeast3          2019:490:- 2020:457:31 2021:425:31 2022:425:31 2023:378:35 2024:356.57:37
asia-south1              2019:752:- 2020:721:12 2021:670:10 2022:555:24 2023:648:14 2024:678.76:9
asia-south2              2020:657:- 2021:671:8 2022:632:23 2023:529:29 2024:531.83:29
asia-southeast1          2019:493:3 2020:493:4 2021:372:4 2022:372:4 2023:369:4 2024:366.85:4
asia-southeast2          2019:647:- 2020:647:- 2021:580:13 2022:580:13 2023:580:13 2024:560.55:18
australia-southeast1     2019:725:11 2020:727:11 2021:598:21 2022:538:27 2023:501:33 2024:497.5:34
australia-southeast2     2020:691:- 2021:521:31 2022:490:34 2023:456:40 2024:454.37:39
europe-central2          2020:622:- 2021:576:20 2022:738:24 2023:723:31 2024:642.88:40
europe-north1            2019:181:77 2020:133:94 2021:127:91 2022:112:97 2023:46:98 2024:39.32:98
europe-north2            2024:2.73:100
europe-southwest1        2021:121:- 2022:160:67 2023:131:76 2024:89.04:87
europe-west1             2019:196:68 2020:212:79 2021:110:82 2022:123:80 2023:122:82 2024:103.37:84
europe-west10            2023:345:90 2024:275.82:68
europe-west12            2022:323:42 2023:249:52 2024:201.69:73
europe-west2             2019:257:54 2020:231:59 2021:172:57 2022:166:85 2023:136:92 2024:105.94:79
europe-west3             2019:319:61 2020:293:63 2021:269:60 2022:413:96 2023:345:90 2024:275.82:68
europe-west4             2019:474:61 2020:410:60 2021:283:53 2022:317:57 2023:236:80 2024:208.81:83
europe-west6             2019:87:- 2020:87:- 2021:86:85 2022:118:85 2023:59:92 2024:15.05:98
europe-west8             2021:298:- 2022:323:42 2023:249:52 2024:201.69:73
europe-west9             2021:59:- 2022:71:87 2023:34:94 2024:16.3:96
me-central1              2023:575:0 2024:366:1
me-central2              2023:569:0 2024:382.23:1
me-west1                 2022:476:2 2023:463:5 2024:433.75:7
northamerica-northeast1  2019:27:- 2020:27:- 2021:0:100 2022:0:100 2023:2:100 2024:5.48:99
northamerica-northeast2  2021:29:92 2022:36:90 2023:47:87 2024:58.56:84
northamerica-south1      2024:305:19
southamerica-east1       2019:109:87 2020:103:88 2021:129:78 2022:65:89 2023:56:90 2024:67.32:88
southamerica-west1       2021:190:69 2022:165:90 2023:138:91 2024:238:92
us-central1              2019:479:78 2020:454:93 2021:394:97 2022:460:92 2023:430:95 2024:412.72:87
us-central2              2024:372.23:88
us-east1                 2019:500:19 2020:480:27 2021:434:25 2022:532:26 2023:560:29 2024:575.77:31
us-east4                 2019:383:41 2020:361:58 2021:309:64 2022:354:60 2023:322:52 2024:323.05:62
us-east5                 2021:309:64 2022:354:60 2023:322:52 2024:323.05:62
us-south1                2021:296:40 2022:342:41 2023:321:79 2024:302.95:94
us-west1                 2019:117:89 2020:78:90 2021:60:88 2022:67:89 2023:94:84 2024:79.23:87
us-west2                 2019:248:55 2020:253:54 2021:190:53 2022:202:56 2023:198:55 2024:169.28:63
us-west3                 2019:561:25 2020:533:28 2021:448:31 2022:606:31 2023:588:29 2024:555.17:33
us-west4                 2019:491:13 2020:455:19 2021:365:21 2022:396:27 2023:373:26 2024:357.3:64
`;

/** Region → [year, gCO2eq/kWh, CFE % or undefined][] in year order. */
export const googleYearly = new Map(
  LINES.trim().split('\n').map((line) => {
    const [region, ...years] = line.trim().split(/\s+/);
    return [region, years.map((y) => {
      const [year, g, cfe] = y.split(':');
      if (!(year in googleFiles)) throw new Error(`no Google file for ${year} (${region})`);
      return [Number(year), Number(g), cfe === '-' ? undefined : Number(cfe)];
    })];
  }),
);
