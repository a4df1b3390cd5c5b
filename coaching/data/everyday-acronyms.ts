// Initialisms most customers know, so they are never jargon (coaching guide: "Common acronyms that
// users know (PDF, USB, IT, Wi-Fi) are not jargon"). Everything else written as a short run of
// capitals in the agent's own text, unexplained and not used by the customer, reads as jargon.
// Countries, currencies, time zones, units, everyday office and consumer abbreviations.

export const EVERYDAY_ACRONYMS: readonly string[] = [
  ...'AM PM IT PC PCS PDF USB TV HD DVD CD GPS SMS MMS PIN ID IDS OK FAQ FAQS ASAP ETA FYI BTW PS NB RSVP VIP DIY TBC TBD'.split(
    ' ',
  ),
  ...'UK US USA EU UAE UN NHS BBC DHL UPS FEDEX IKEA VAT TAX ATM IBAN BIC CEO CFO CTO HR PR QA MBA PHD MD GP ER ICU'.split(
    ' ',
  ),
  ...'GMT BST UTC CET CEST EST EDT CST CDT MST PST PDT AEST IST JST'.split(' '),
  ...'USD EUR GBP CAD AUD JPY CHF INR NZD SEK NOK DKK PLN'.split(' '),
  ...'KB MB GB TB KM MPH KPH KG LB LBS CM MM ML KW KWH'.split(' '),
  ...'MON TUE WED THU FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC'.split(' '),
  ...'WIFI WLAN LED LCD HDMI CPU RAM SIM ESIM QR URL WWW APP APPS AI PO TM LTD PLC INC LLC CO NO REF'.split(' '),
  ...'MOT DVLA HMRC IRS DMV CV ISBN SKU'.split(' '),
  // Brands and services known by their initials.
  ...'DPD TNT GLS USPS HSBC RBS TSB AMEX IBM AMD BMW AOL MSN NBA NFL FIFA'.split(' '),
];
