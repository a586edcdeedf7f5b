/** The version of carbontrail, written into run records, reports and `carbontrail --version`. */
export const VERSION = '0.2.0';
