// The cloud regions carbontrail knows, as provider|region|name|city|country|zone|aliases (used by geo-build.mjs).
// Location lists: each provider's public list of regions and their locations, as read in 2025 (the `year` of every
// region row), plus the regions of the ML CO2 Impact calculator data (impact.csv).
//
// zone: the grid zone key of the zones table the region draws from: the finest zone with life-cycle data, else the
// country code. The site of each region was matched to its utility, balancing authority or bidding zone (Northern
// Virginia is served by Dominion inside PJM, Chicago by ComEd inside PJM, Council Bluffs by MidAmerican inside MISO,
// The Dalles by a BPA customer utility, Milan and Turin lie in Italy's Nord bidding zone, and so on). Choices worth a word:
// - azure westcentralus (Cheyenne, WY): US-NW-WACM. Cheyenne Light, Fuel & Power (Black Hills) took part in SPP's
//   WEIS market through the WACM balancing area until 2025 (WAPA and trade-press pages); a Black Hills balancing area of
//   its own is planned from 2026.
// - gcp us-west2 (Los Angeles): US-CAL-CISO, uncertain. Google does not publish the site; its 2019 life-cycle figure
//   (248) matches CAISO's 2019 average in the Electricity Maps export (251), not LADWP's (379).
// - seeweb fro2 (Frosinone, Lazio): IT-CSO, Italy's Centre-South bidding zone.
// - Sweden (aws eu-north-1, azure swedencentral, gcp europe-north2, oci eu-stockholm-1): SE, the country. The sites lie
//   in bidding zone SE3, but no per-zone Swedish series free of share-alike licence terms was found (the Electricity
//   Maps 2021 export has no SE zones), and the zone and country differ little next to the spread between sources.
// - Norway (azure norwayeast, norwaywest): NO-NO1 (Oslo) and NO-NO2 (Stavanger), which have life-cycle data for
//   2014-2021 in the Electricity Maps export; later years are priced by the country NO.
// - India: Mumbai, Pune, Nagpur, Chennai and Hyderabad have no zone with data (Electricity Maps' current IN-WE and
//   IN-SO keys are not in the tables), so those regions draw from IN.
// - Uncertain sites (not published by the provider): gcp us-west2 (above), aws us-gov-east-1 and us-gov-west-1
//   (assumed central Ohio and Oregon), azure westus3 and oci us-phoenix-1 (APS or SRP territory; AZPS assumed),
//   lambda us-east-1 and us-west-1 (only the state is published; Ashburn and the Bay Area assumed).
// - gcp us-central2 (Oklahoma): the zone of Cloud TPU v4 (cloud.google.com/tpu/docs/regions-zones: us-central2-b);
//   Google's region-carbon-info names its location "Oklahoma" (2024). The site's balancing area was not checked, so it
//   draws from the country.
const LINES = `
gcp|africa-south1|Johannesburg|Johannesburg|ZA|ZA|
gcp|asia-east1|Taiwan|Changhua County|TW|TW|
gcp|asia-east2|Hong Kong|Hong Kong|HK|HK|
gcp|asia-northeast1|Tokyo|Tokyo|JP|JP-TK|
gcp|asia-northeast2|Osaka|Osaka|JP|JP-KN|
gcp|asia-northeast3|Seoul|Seoul|KR|KR|
gcp|asia-south1|Mumbai|Mumbai|IN|IN|
gcp|asia-south2|Delhi|Delhi|IN|IN-DL|
gcp|asia-southeast1|Singapore|Jurong West|SG|SG|
gcp|asia-southeast2|Jakarta|Jakarta|ID|ID|
gcp|australia-southeast1|Sydney|Sydney|AU|AUS-NSW|
gcp|australia-southeast2|Melbourne|Melbourne|AU|AUS-VIC|
gcp|europe-central2|Warsaw|Warsaw|PL|PL|
gcp|europe-north1|Finland|Hamina|FI|FI|
gcp|europe-north2|Stockholm|Stockholm|SE|SE|
gcp|europe-southwest1|Madrid|Madrid|ES|ES|
gcp|europe-west1|Belgium|St. Ghislain|BE|BE|
gcp|europe-west2|London|London|GB|GB|
gcp|europe-west3|Frankfurt|Frankfurt|DE|DE|
gcp|europe-west4|Netherlands|Eemshaven|NL|NL|
gcp|europe-west6|Zurich|Zurich|CH|CH|
gcp|europe-west8|Milan|Milan|IT|IT-NO|
gcp|europe-west9|Paris|Paris|FR|FR|
gcp|europe-west10|Berlin|Berlin|DE|DE|
gcp|europe-west12|Turin|Turin|IT|IT-NO|
gcp|me-central1|Doha|Doha|QA|QA|me-cenrtal1
gcp|me-central2|Dammam|Dammam|SA|SA|
gcp|me-west1|Tel Aviv|Tel Aviv|IL|IL|
gcp|northamerica-northeast1|Montréal|Montréal|CA|CA-QC|
gcp|northamerica-northeast2|Toronto|Toronto|CA|CA-ON|
gcp|northamerica-south1|Querétaro|Querétaro|MX|MX|
gcp|southamerica-east1|São Paulo|Osasco|BR|BR-CS|
gcp|southamerica-west1|Santiago|Santiago|CL|CL|
gcp|us-central1|Iowa|Council Bluffs|US|US-MIDW-MISO|
gcp|us-central2|Oklahoma||US|US|
gcp|us-east1|South Carolina|Moncks Corner|US|US-CAR-SC|
gcp|us-east4|Northern Virginia|Ashburn|US|US-MIDA-PJM|
gcp|us-east5|Columbus|Columbus|US|US-MIDA-PJM|
gcp|us-south1|Dallas|Dallas|US|US-TEX-ERCO|
gcp|us-west1|Oregon|The Dalles|US|US-NW-BPAT|
gcp|us-west2|Los Angeles|Los Angeles|US|US-CAL-CISO|
gcp|us-west3|Salt Lake City|Salt Lake City|US|US-NW-PACE|
gcp|us-west4|Las Vegas|Las Vegas|US|US-NW-NEVP|
aws|us-east-1|US East (N. Virginia)|Ashburn|US|US-MIDA-PJM|
aws|us-east-2|US East (Ohio)|Columbus|US|US-MIDA-PJM|
aws|us-west-1|US West (N. California)|San Francisco|US|US-CAL-CISO|
aws|us-west-2|US West (Oregon)|Boardman|US|US-NW-BPAT|
aws|us-gov-east-1|AWS GovCloud (US-East)|Columbus|US|US-MIDA-PJM|
aws|us-gov-west-1|AWS GovCloud (US-West)|Oregon|US|US-NW-BPAT|
aws|af-south-1|Africa (Cape Town)|Cape Town|ZA|ZA|
aws|ap-east-1|Asia Pacific (Hong Kong)|Hong Kong|HK|HK|
aws|ap-east-2|Asia Pacific (Taipei)|Taipei|TW|TW|
aws|ap-south-1|Asia Pacific (Mumbai)|Mumbai|IN|IN|
aws|ap-south-2|Asia Pacific (Hyderabad)|Hyderabad|IN|IN|
aws|ap-southeast-1|Asia Pacific (Singapore)|Singapore|SG|SG|
aws|ap-southeast-2|Asia Pacific (Sydney)|Sydney|AU|AUS-NSW|
aws|ap-southeast-3|Asia Pacific (Jakarta)|Jakarta|ID|ID|
aws|ap-southeast-4|Asia Pacific (Melbourne)|Melbourne|AU|AUS-VIC|
aws|ap-southeast-5|Asia Pacific (Malaysia)|Kuala Lumpur|MY|MY-WM|
aws|ap-southeast-7|Asia Pacific (Thailand)|Bangkok|TH|TH|
aws|ap-northeast-1|Asia Pacific (Tokyo)|Tokyo|JP|JP-TK|
aws|ap-northeast-2|Asia Pacific (Seoul)|Seoul|KR|KR|
aws|ap-northeast-3|Asia Pacific (Osaka)|Osaka|JP|JP-KN|
aws|ca-central-1|Canada (Central)|Montréal|CA|CA-QC|
aws|ca-west-1|Canada West (Calgary)|Calgary|CA|CA-AB|
aws|cn-north-1|China (Beijing)|Beijing|CN|CN|
aws|cn-northwest-1|China (Ningxia)|Zhongwei|CN|CN|
aws|eu-central-1|Europe (Frankfurt)|Frankfurt am Main|DE|DE|
aws|eu-central-2|Europe (Zurich)|Zurich|CH|CH|
aws|eu-west-1|Europe (Ireland)|Dublin|IE|IE|
aws|eu-west-2|Europe (London)|London|GB|GB|
aws|eu-west-3|Europe (Paris)|Paris|FR|FR|
aws|eu-south-1|Europe (Milan)|Milan|IT|IT-NO|
aws|eu-south-2|Europe (Spain)|Zaragoza|ES|ES|
aws|eu-north-1|Europe (Stockholm)|Stockholm|SE|SE|
aws|il-central-1|Israel (Tel Aviv)|Tel Aviv|IL|IL|
aws|me-south-1|Middle East (Bahrain)|Manama|BH|BH|
aws|me-central-1|Middle East (UAE)|Abu Dhabi|AE|AE|
aws|mx-central-1|Mexico (Central)|Querétaro|MX|MX|
aws|sa-east-1|South America (São Paulo)|São Paulo|BR|BR-CS|
azure|eastus|East US|Boydton|US|US-MIDA-PJM|
azure|eastus2|East US 2|Boydton|US|US-MIDA-PJM|
azure|centralus|Central US|Des Moines|US|US-MIDW-MISO|
azure|northcentralus|North Central US|Chicago|US|US-MIDA-PJM|
azure|southcentralus|South Central US|San Antonio|US|US-TEX-ERCO|
azure|westcentralus|West Central US|Cheyenne|US|US-NW-WACM|
azure|westus|West US|San Francisco|US|US-CAL-CISO|
azure|westus2|West US 2|Quincy|US|US-NW-GCPD|
azure|westus3|West US 3|Phoenix|US|US-SW-AZPS|
azure|canadacentral|Canada Central|Toronto|CA|CA-ON|
azure|canadaeast|Canada East|Québec City|CA|CA-QC|
azure|brazilsouth|Brazil South|São Paulo|BR|BR-CS|
azure|brazilsoutheast|Brazil Southeast|Rio de Janeiro|BR|BR-CS|
azure|mexicocentral|Mexico Central|Querétaro|MX|MX|
azure|chilecentral|Chile Central|Santiago|CL|CL|
azure|northeurope|North Europe|Dublin|IE|IE|
azure|westeurope|West Europe|Amsterdam|NL|NL|
azure|uksouth|UK South|London|GB|GB|
azure|ukwest|UK West|Cardiff|GB|GB|
azure|francecentral|France Central|Paris|FR|FR|
azure|francesouth|France South|Marseille|FR|FR|
azure|germanywestcentral|Germany West Central|Frankfurt|DE|DE|
azure|germanynorth|Germany North|Berlin|DE|DE|
azure|switzerlandnorth|Switzerland North|Zurich|CH|CH|
azure|switzerlandwest|Switzerland West|Geneva|CH|CH|
azure|norwayeast|Norway East|Oslo|NO|NO-NO1|
azure|norwaywest|Norway West|Stavanger|NO|NO-NO2|
azure|swedencentral|Sweden Central|Gävle|SE|SE|
azure|polandcentral|Poland Central|Warsaw|PL|PL|
azure|italynorth|Italy North|Milan|IT|IT-NO|
azure|spaincentral|Spain Central|Madrid|ES|ES|
azure|eastasia|East Asia|Hong Kong|HK|HK|
azure|southeastasia|Southeast Asia|Singapore|SG|SG|
azure|japaneast|Japan East|Tokyo|JP|JP-TK|
azure|japanwest|Japan West|Osaka|JP|JP-KN|
azure|koreacentral|Korea Central|Seoul|KR|KR|
azure|koreasouth|Korea South|Busan|KR|KR|
azure|centralindia|Central India|Pune|IN|IN|
azure|southindia|South India|Chennai|IN|IN|
azure|westindia|West India|Mumbai|IN|IN|
azure|jioindiacentral|Jio India Central|Nagpur|IN|IN|
azure|jioindiawest|Jio India West|Jamnagar|IN|IN-GJ|
azure|australiaeast|Australia East|Sydney|AU|AUS-NSW|
azure|australiasoutheast|Australia Southeast|Melbourne|AU|AUS-VIC|
azure|australiacentral|Australia Central|Canberra|AU|AUS-NSW|
azure|australiacentral2|Australia Central 2|Canberra|AU|AUS-NSW|
azure|newzealandnorth|New Zealand North|Auckland|NZ|NZ-NZN|
azure|indonesiacentral|Indonesia Central|Jakarta|ID|ID|
azure|malaysiawest|Malaysia West|Kuala Lumpur|MY|MY-WM|
azure|southafricanorth|South Africa North|Johannesburg|ZA|ZA|
azure|southafricawest|South Africa West|Cape Town|ZA|ZA|
azure|uaenorth|UAE North|Dubai|AE|AE|
azure|uaecentral|UAE Central|Abu Dhabi|AE|AE|
azure|qatarcentral|Qatar Central|Doha|QA|QA|
azure|israelcentral|Israel Central|Tel Aviv|IL|IL|
oci|us-ashburn-1|US East (Ashburn)|Ashburn|US|US-MIDA-PJM|
oci|us-phoenix-1|US West (Phoenix)|Phoenix|US|US-SW-AZPS|
oci|us-sanjose-1|US West (San Jose)|San Jose|US|US-CAL-CISO|
oci|us-chicago-1|US Midwest (Chicago)|Chicago|US|US-MIDA-PJM|
oci|ca-toronto-1|Canada Southeast (Toronto)|Toronto|CA|CA-ON|
oci|ca-montreal-1|Canada Southeast (Montreal)|Montréal|CA|CA-QC|
oci|uk-london-1|UK South (London)|London|GB|GB|
oci|eu-frankfurt-1|Germany Central (Frankfurt)|Frankfurt|DE|DE|
oci|eu-amsterdam-1|Netherlands Northwest (Amsterdam)|Amsterdam|NL|NL|
oci|eu-zurich-1|Switzerland North (Zurich)|Zurich|CH|CH|
oci|eu-paris-1|France Central (Paris)|Paris|FR|FR|
oci|eu-marseille-1|France South (Marseille)|Marseille|FR|FR|
oci|eu-milan-1|Italy Northwest (Milan)|Milan|IT|IT-NO|
oci|eu-stockholm-1|Sweden Central (Stockholm)|Stockholm|SE|SE|
oci|eu-madrid-1|Spain Central (Madrid)|Madrid|ES|ES|
oci|ap-tokyo-1|Japan East (Tokyo)|Tokyo|JP|JP-TK|
oci|ap-osaka-1|Japan Central (Osaka)|Osaka|JP|JP-KN|
oci|ap-seoul-1|South Korea Central (Seoul)|Seoul|KR|KR|
oci|ap-mumbai-1|India West (Mumbai)|Mumbai|IN|IN|
oci|ap-hyderabad-1|India South (Hyderabad)|Hyderabad|IN|IN|
oci|ap-singapore-1|Singapore (Singapore)|Singapore|SG|SG|
oci|ap-sydney-1|Australia East (Sydney)|Sydney|AU|AUS-NSW|
oci|ap-melbourne-1|Australia Southeast (Melbourne)|Melbourne|AU|AUS-VIC|
oci|sa-saopaulo-1|Brazil East (Sao Paulo)|São Paulo|BR|BR-CS|
oci|sa-santiago-1|Chile (Santiago)|Santiago|CL|CL|
oci|me-jeddah-1|Saudi Arabia West (Jeddah)|Jeddah|SA|SA|
oci|me-dubai-1|UAE East (Dubai)|Dubai|AE|AE|
oci|il-jerusalem-1|Israel Central (Jerusalem)|Jerusalem|IL|IL|
oci|af-johannesburg-1|South Africa Central (Johannesburg)|Johannesburg|ZA|ZA|
oci|mx-queretaro-1|Mexico Central (Queretaro)|Querétaro|MX|MX|
ibm|us-south|Dallas|Dallas|US|US-TEX-ERCO|
ibm|us-east|Washington DC|Ashburn|US|US-MIDA-PJM|
ibm|ca-tor|Toronto|Toronto|CA|CA-ON|
ibm|br-sao|São Paulo|São Paulo|BR|BR-CS|
ibm|eu-gb|London|London|GB|GB|
ibm|eu-de|Frankfurt|Frankfurt|DE|DE|
ibm|eu-es|Madrid|Madrid|ES|ES|
ibm|jp-tok|Tokyo|Tokyo|JP|JP-TK|
ibm|jp-osa|Osaka|Osaka|JP|JP-KN|
ibm|au-syd|Sydney|Sydney|AU|AUS-NSW|
alibaba|cn-hangzhou|China (Hangzhou)|Hangzhou|CN|CN|
alibaba|cn-shanghai|China (Shanghai)|Shanghai|CN|CN|
alibaba|cn-beijing|China (Beijing)|Beijing|CN|CN|
alibaba|cn-shenzhen|China (Shenzhen)|Shenzhen|CN|CN|
alibaba|cn-zhangjiakou|China (Zhangjiakou)|Zhangjiakou|CN|CN|
alibaba|cn-hongkong|China (Hong Kong)|Hong Kong|HK|HK|
alibaba|ap-southeast-1|Singapore|Singapore|SG|SG|
alibaba|ap-northeast-1|Japan (Tokyo)|Tokyo|JP|JP-TK|
alibaba|eu-central-1|Germany (Frankfurt)|Frankfurt|DE|DE|
alibaba|eu-west-1|UK (London)|London|GB|GB|
alibaba|us-west-1|US (Silicon Valley)|San Mateo|US|US-CAL-CISO|
alibaba|us-east-1|US (Virginia)|Ashburn|US|US-MIDA-PJM|
ovh|gra|Gravelines|Gravelines|FR|FR|
ovh|rbx|Roubaix|Roubaix|FR|FR|
ovh|sbg|Strasbourg|Strasbourg|FR|FR|
ovh|bhs|Beauharnois|Beauharnois|CA|CA-QC|
ovh|waw|Warsaw|Ożarów Mazowiecki|PL|PL|
ovh|de|Frankfurt|Limburg an der Lahn|DE|DE|
ovh|uk|London|Erith|GB|GB|
ovh|sgp|Singapore|Singapore|SG|SG|
ovh|syd|Sydney|Sydney|AU|AUS-NSW|
scaleway|fr-par|Paris|Paris|FR|FR|Paris
scaleway|nl-ams|Amsterdam|Amsterdam|NL|NL|
scaleway|pl-waw|Warsaw|Warsaw|PL|PL|
coreweave|LGA1|US East|Weehawken|US|US-MIDA-PJM|
coreweave|ORD1|US Central|Chicago|US|US-MIDA-PJM|
coreweave|LAS1|US West|Las Vegas|US|US-NW-NEVP|
lambda|us-east-1|Virginia, USA|Ashburn|US|US-MIDA-PJM|
lambda|us-west-1|California, USA|San Francisco|US|US-CAL-CISO|
lambda|us-south-1|Texas, USA|Allen|US|US-TEX-ERCO|
seeweb|fro2|Frosinone 2|Frosinone|IT|IT-CSO|
`;

/** Where each provider's list of regions comes from (the `source` of its region rows). */
export const regionListSource = {
  gcp: 'Google Cloud, list of Cloud locations (regions and their cities), 2025',
  aws: 'Amazon Web Services, list of AWS Regions and their locations, 2025',
  azure: 'Microsoft Azure, list of Azure regions (geographies) and their locations, 2025',
  oci: 'Oracle Cloud Infrastructure, list of public cloud regions, 2025',
  ibm: 'IBM Cloud, list of multizone regions and data centres, 2025',
  alibaba: 'Alibaba Cloud, list of regions and zones, 2025',
  ovh: 'OVHcloud, list of data centres and regions, 2025',
  scaleway: 'Scaleway, list of regions and availability zones, 2025',
  coreweave: 'CoreWeave, list of data-centre regions, 2025',
  lambda: 'Lambda, list of cloud regions, 2025',
  seeweb: 'ML CO2 Impact calculator data (github.com/mlco2/impact, data/impact.csv, Seeweb row added 2024-02-10)',
};

/** Region records: provider, region, name, city (may be empty), country (alpha-2), zone, aliases. */
export const regionList = LINES.trim().split('\n').map((line) => {
  const [provider, region, name, city, country, zone, aliases] = line.split('|');
  if (!provider || !region || !name || !country || !zone) throw new Error(`bad region line: ${line}`);
  return { provider, region, name, city: city || undefined, country, zone, aliases: aliases ? aliases.split(';') : [] };
});
