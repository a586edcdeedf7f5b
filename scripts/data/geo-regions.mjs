// The cloud regions carbontrail knows, as provider|region|name|city|country|zone|aliases (used by geo-build.mjs).
// Sources for the lists: each provider's public region pages (2025) and the ML CO2 Impact calculator data (impact.csv).
const LINES = `
gcp|africa-south1|Johannesburg|Johannesburg|ZA||
gcp|asia-east1|Taiwan|Changhua County|TW||
gcp|asia-east2|Hong Kong|Hong Kong|HK||
gcp|asia-northeast1|Tokyo|Tokyo|JP|JP-TK|
gcp|asia-northeast2|Osaka|Osaka|JP|JP-KN|
gcp|asia-northeast3|Seoul|Seoul|KR||
gcp|asia-south1|Mumbai|Mumbai|IN||
gcp|asia-south2|Delhi|Delhi|IN|IN-DL|
gcp|asia-southeast1|Singapore|Jurong West|SG||
gcp|asia-southeast2|Jakarta|Jakarta|ID||
gcp|australia-southeast1|Sydney|Sydney|AU|AUS-NSW|
gcp|australia-southeast2|Melbourne|Melbourne|AU|AUS-VIC|
gcp|europe-central2|Warsaw|Warsaw|PL||
gcp|europe-north1|Finland|Hamina|FI||
gcp|europe-north2|Stockholm|Stockholm|SE|SE-SE3|
gcp|europe-southwest1|Madrid|Madrid|ES||
gcp|europe-west1|Belgium|St. Ghislain|BE||
gcp|europe-west2|London|London|GB||
gcp|europe-west3|Frankfurt|Frankfurt|DE||
gcp|europe-west4|Netherlands|Eemshaven|NL||
gcp|europe-west6|Zurich|Zurich|CH||
gcp|europe-west8|Milan|Milan|IT|IT-NO|
gcp|europe-west9|Paris|Paris|FR||
gcp|europe-west10|Berlin|Berlin|DE||
gcp|europe-west12|Turin|Turin|IT|IT-NO|
gcp|me-central1|Doha|Doha|QA||me-cenrtal1
gcp|me-central2|Dammam|Dammam|SA||
gcp|me-west1|Tel Aviv|Tel Aviv|IL||
gcp|northamerica-northeast1|Montréal|Montréal|CA|CA-QC|
gcp|northamerica-northeast2|Toronto|Toronto|CA|CA-ON|
gcp|northamerica-south1|Querétaro|Querétaro|MX||
gcp|southamerica-east1|São Paulo|Osasco|BR|BR-CS|
gcp|southamerica-west1|Santiago|Santiago|CL||
gcp|us-central1|Iowa|Council Bluffs|US|US-MIDW-MISO|
gcp|us-east1|South Carolina|Moncks Corner|US|US-CAR-SC|
gcp|us-east4|Northern Virginia|Ashburn|US|US-MIDA-PJM|
gcp|us-east5|Columbus|Columbus|US|US-MIDA-PJM|
gcp|us-south1|Dallas|Dallas|US|US-TEX-ERCO|
gcp|us-west1|Oregon|The Dalles|US|US-NW-BPAT|
gcp|us-west2|Los Angeles|Los Angeles|US|US-CAL-LDWP|
gcp|us-west3|Salt Lake City|Salt Lake City|US|US-NW-PACE|
gcp|us-west4|Las Vegas|Las Vegas|US|US-NW-NEVP|
aws|us-east-1|US East (N. Virginia)|Ashburn|US|US-MIDA-PJM|
aws|us-east-2|US East (Ohio)|Columbus|US|US-MIDA-PJM|
aws|us-west-1|US West (N. California)|San Francisco|US|US-CAL-CISO|
aws|us-west-2|US West (Oregon)|Boardman|US|US-NW-BPAT|
aws|us-gov-east-1|AWS GovCloud (US-East)|Columbus|US|US-MIDA-PJM|
aws|us-gov-west-1|AWS GovCloud (US-West)|Oregon|US|US-NW-BPAT|
aws|af-south-1|Africa (Cape Town)|Cape Town|ZA||
aws|ap-east-1|Asia Pacific (Hong Kong)|Hong Kong|HK||
aws|ap-east-2|Asia Pacific (Taipei)|Taipei|TW||
aws|ap-south-1|Asia Pacific (Mumbai)|Mumbai|IN||
aws|ap-south-2|Asia Pacific (Hyderabad)|Hyderabad|IN||
aws|ap-southeast-1|Asia Pacific (Singapore)|Singapore|SG||
aws|ap-southeast-2|Asia Pacific (Sydney)|Sydney|AU|AUS-NSW|
aws|ap-southeast-3|Asia Pacific (Jakarta)|Jakarta|ID||
aws|ap-southeast-4|Asia Pacific (Melbourne)|Melbourne|AU|AUS-VIC|
aws|ap-southeast-5|Asia Pacific (Malaysia)|Kuala Lumpur|MY|MY-WM|
aws|ap-southeast-7|Asia Pacific (Thailand)|Bangkok|TH||
aws|ap-northeast-1|Asia Pacific (Tokyo)|Tokyo|JP|JP-TK|
aws|ap-northeast-2|Asia Pacific (Seoul)|Seoul|KR||
aws|ap-northeast-3|Asia Pacific (Osaka)|Osaka|JP|JP-KN|
aws|ca-central-1|Canada (Central)|Montréal|CA|CA-QC|
aws|ca-west-1|Canada West (Calgary)|Calgary|CA|CA-AB|
aws|cn-north-1|China (Beijing)|Beijing|CN||
aws|cn-northwest-1|China (Ningxia)|Zhongwei|CN||
aws|eu-central-1|Europe (Frankfurt)|Frankfurt am Main|DE||
aws|eu-central-2|Europe (Zurich)|Zurich|CH||
aws|eu-west-1|Europe (Ireland)|Dublin|IE||
aws|eu-west-2|Europe (London)|London|GB||
aws|eu-west-3|Europe (Paris)|Paris|FR||
aws|eu-south-1|Europe (Milan)|Milan|IT|IT-NO|
aws|eu-south-2|Europe (Spain)|Zaragoza|ES||
aws|eu-north-1|Europe (Stockholm)|Stockholm|SE|SE-SE3|
aws|il-central-1|Israel (Tel Aviv)|Tel Aviv|IL||
aws|me-south-1|Middle East (Bahrain)|Manama|BH||
aws|me-central-1|Middle East (UAE)|Abu Dhabi|AE||
aws|mx-central-1|Mexico (Central)|Querétaro|MX||
aws|sa-east-1|South America (São Paulo)|São Paulo|BR|BR-CS|
azure|eastus|East US|Boydton|US|US-MIDA-PJM|
azure|eastus2|East US 2|Boydton|US|US-MIDA-PJM|
azure|centralus|Central US|Des Moines|US|US-MIDW-MISO|
azure|northcentralus|North Central US|Chicago|US|US-MIDA-PJM|
azure|southcentralus|South Central US|San Antonio|US|US-TEX-ERCO|
azure|westcentralus|West Central US|Cheyenne|US|US-NW-PACE|
azure|westus|West US|San Francisco|US|US-CAL-CISO|
azure|westus2|West US 2|Quincy|US|US-NW-GCPD|
azure|westus3|West US 3|Phoenix|US|US-SW-AZPS|
azure|canadacentral|Canada Central|Toronto|CA|CA-ON|
azure|canadaeast|Canada East|Québec City|CA|CA-QC|
azure|brazilsouth|Brazil South|São Paulo|BR|BR-CS|
azure|brazilsoutheast|Brazil Southeast|Rio de Janeiro|BR|BR-CS|
azure|mexicocentral|Mexico Central|Querétaro|MX||
azure|chilecentral|Chile Central|Santiago|CL||
azure|northeurope|North Europe|Dublin|IE||
azure|westeurope|West Europe|Amsterdam|NL||
azure|uksouth|UK South|London|GB||
azure|ukwest|UK West|Cardiff|GB||
azure|francecentral|France Central|Paris|FR||
azure|francesouth|France South|Marseille|FR||
azure|germanywestcentral|Germany West Central|Frankfurt|DE||
azure|germanynorth|Germany North|Berlin|DE||
azure|switzerlandnorth|Switzerland North|Zurich|CH||
azure|switzerlandwest|Switzerland West|Geneva|CH||
azure|norwayeast|Norway East|Oslo|NO|NO-NO1|
azure|norwaywest|Norway West|Stavanger|NO|NO-NO2|
azure|swedencentral|Sweden Central|Gävle|SE|SE-SE3|
azure|polandcentral|Poland Central|Warsaw|PL||
azure|italynorth|Italy North|Milan|IT|IT-NO|
azure|spaincentral|Spain Central|Madrid|ES||
azure|eastasia|East Asia|Hong Kong|HK||
azure|southeastasia|Southeast Asia|Singapore|SG||
azure|japaneast|Japan East|Tokyo|JP|JP-TK|
azure|japanwest|Japan West|Osaka|JP|JP-KN|
azure|koreacentral|Korea Central|Seoul|KR||
azure|koreasouth|Korea South|Busan|KR||
azure|centralindia|Central India|Pune|IN||
azure|southindia|South India|Chennai|IN||
azure|westindia|West India|Mumbai|IN||
azure|jioindiacentral|Jio India Central|Nagpur|IN||
azure|jioindiawest|Jio India West|Jamnagar|IN|IN-GJ|
azure|australiaeast|Australia East|Sydney|AU|AUS-NSW|
azure|australiasoutheast|Australia Southeast|Melbourne|AU|AUS-VIC|
azure|australiacentral|Australia Central|Canberra|AU|AUS-NSW|
azure|australiacentral2|Australia Central 2|Canberra|AU|AUS-NSW|
azure|newzealandnorth|New Zealand North|Auckland|NZ|NZ-NZN|
azure|indonesiacentral|Indonesia Central|Jakarta|ID||
azure|malaysiawest|Malaysia West|Kuala Lumpur|MY|MY-WM|
azure|southafricanorth|South Africa North|Johannesburg|ZA||
azure|southafricawest|South Africa West|Cape Town|ZA||
azure|uaenorth|UAE North|Dubai|AE||
azure|uaecentral|UAE Central|Abu Dhabi|AE||
azure|qatarcentral|Qatar Central|Doha|QA||
azure|israelcentral|Israel Central|Tel Aviv|IL||
oci|us-ashburn-1|US East (Ashburn)|Ashburn|US|US-MIDA-PJM|
oci|us-phoenix-1|US West (Phoenix)|Phoenix|US|US-SW-AZPS|
oci|us-sanjose-1|US West (San Jose)|San Jose|US|US-CAL-CISO|
oci|us-chicago-1|US Midwest (Chicago)|Chicago|US|US-MIDA-PJM|
oci|ca-toronto-1|Canada Southeast (Toronto)|Toronto|CA|CA-ON|
oci|ca-montreal-1|Canada Southeast (Montreal)|Montréal|CA|CA-QC|
oci|uk-london-1|UK South (London)|London|GB||
oci|eu-frankfurt-1|Germany Central (Frankfurt)|Frankfurt|DE||
oci|eu-amsterdam-1|Netherlands Northwest (Amsterdam)|Amsterdam|NL||
oci|eu-zurich-1|Switzerland North (Zurich)|Zurich|CH||
oci|eu-paris-1|France Central (Paris)|Paris|FR||
oci|eu-marseille-1|France South (Marseille)|Marseille|FR||
oci|eu-milan-1|Italy Northwest (Milan)|Milan|IT|IT-NO|
oci|eu-stockholm-1|Sweden Central (Stockholm)|Stockholm|SE|SE-SE3|
oci|eu-madrid-1|Spain Central (Madrid)|Madrid|ES||
oci|ap-tokyo-1|Japan East (Tokyo)|Tokyo|JP|JP-TK|
oci|ap-osaka-1|Japan Central (Osaka)|Osaka|JP|JP-KN|
oci|ap-seoul-1|South Korea Central (Seoul)|Seoul|KR||
oci|ap-mumbai-1|India West (Mumbai)|Mumbai|IN||
oci|ap-hyderabad-1|India South (Hyderabad)|Hyderabad|IN||
oci|ap-singapore-1|Singapore (Singapore)|Singapore|SG||
oci|ap-sydney-1|Australia East (Sydney)|Sydney|AU|AUS-NSW|
oci|ap-melbourne-1|Australia Southeast (Melbourne)|Melbourne|AU|AUS-VIC|
oci|sa-saopaulo-1|Brazil East (Sao Paulo)|São Paulo|BR|BR-CS|
oci|sa-santiago-1|Chile (Santiago)|Santiago|CL||
oci|me-jeddah-1|Saudi Arabia West (Jeddah)|Jeddah|SA||
oci|me-dubai-1|UAE East (Dubai)|Dubai|AE||
oci|il-jerusalem-1|Israel Central (Jerusalem)|Jerusalem|IL||
oci|af-johannesburg-1|South Africa Central (Johannesburg)|Johannesburg|ZA||
oci|mx-queretaro-1|Mexico Central (Queretaro)|Querétaro|MX||
ibm|us-south|Dallas|Dallas|US|US-TEX-ERCO|
ibm|us-east|Washington DC|Ashburn|US|US-MIDA-PJM|
ibm|ca-tor|Toronto|Toronto|CA|CA-ON|
ibm|br-sao|São Paulo|São Paulo|BR|BR-CS|
ibm|eu-gb|London|London|GB||
ibm|eu-de|Frankfurt|Frankfurt|DE||
ibm|eu-es|Madrid|Madrid|ES||
ibm|jp-tok|Tokyo|Tokyo|JP|JP-TK|
ibm|jp-osa|Osaka|Osaka|JP|JP-KN|
ibm|au-syd|Sydney|Sydney|AU|AUS-NSW|
alibaba|cn-hangzhou|China (Hangzhou)|Hangzhou|CN||
alibaba|cn-shanghai|China (Shanghai)|Shanghai|CN||
alibaba|cn-beijing|China (Beijing)|Beijing|CN||
alibaba|cn-shenzhen|China (Shenzhen)|Shenzhen|CN||
alibaba|cn-zhangjiakou|China (Zhangjiakou)|Zhangjiakou|CN||
alibaba|cn-hongkong|China (Hong Kong)|Hong Kong|HK||
alibaba|ap-southeast-1|Singapore|Singapore|SG||
alibaba|ap-northeast-1|Japan (Tokyo)|Tokyo|JP|JP-TK|
alibaba|eu-central-1|Germany (Frankfurt)|Frankfurt|DE||
alibaba|eu-west-1|UK (London)|London|GB||
alibaba|us-west-1|US (Silicon Valley)|San Mateo|US|US-CAL-CISO|
alibaba|us-east-1|US (Virginia)|Ashburn|US|US-MIDA-PJM|
ovh|gra|Gravelines|Gravelines|FR||
ovh|rbx|Roubaix|Roubaix|FR||
ovh|sbg|Strasbourg|Strasbourg|FR||
ovh|bhs|Beauharnois|Beauharnois|CA|CA-QC|
ovh|waw|Warsaw|Ożarów Mazowiecki|PL||
ovh|de|Frankfurt|Limburg an der Lahn|DE||
ovh|uk|London|Erith|GB||
ovh|sgp|Singapore|Singapore|SG||
ovh|syd|Sydney|Sydney|AU|AUS-NSW|
scaleway|fr-par|Paris|Paris|FR||Paris
scaleway|nl-ams|Amsterdam|Amsterdam|NL||
scaleway|pl-waw|Warsaw|Warsaw|PL||
coreweave|LGA1|US East|Weehawken|US|US-MIDA-PJM|
coreweave|ORD1|US Central|Chicago|US|US-MIDA-PJM|
coreweave|LAS1|US West|Las Vegas|US|US-NW-NEVP|
lambda|us-east-1|Virginia, USA|Ashburn|US|US-MIDA-PJM|
lambda|us-west-1|California, USA|San Francisco|US|US-CAL-CISO|
lambda|us-south-1|Texas, USA|Allen|US|US-TEX-ERCO|
seeweb|fro2|Frosinone 2|Frosinone|IT||
`;

/** Region records: provider, region, name, city, country (alpha-2), zone?, aliases, and per-region extras. */
export const regionList = LINES.trim().split('\n').map((line) => {
  const [provider, region, name, city, country, zone, aliases] = line.split('|');
  if (!provider || !region || !name || !city || !country) throw new Error(`bad region line: ${line}`);
  const row = { provider, region, name, city, country, zone: zone || undefined, aliases: aliases ? aliases.split(';') : [] };
  // Seeweb's Frosinone data centre buys 100% carbon-free electricity (the original calculator priced it at 0).
  if (provider === 'seeweb') Object.assign(row, { offsetPercent: 100 });
  return row;
});
