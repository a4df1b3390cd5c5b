// Very frequent function words per language. A reply is judged by which list its words hit
// most; the lists are short on purpose and avoid words shared with English ("a", "me", "in").
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  english: [
    'the', 'and', 'you', 'your', 'to', 'of', 'is', 'it', 'for', 'that', 'this', 'with', 'have', 'will', 'be',
    'are', 'can', 'we', 'our', 'not', 'on', 'if', 'please', 'thanks', 'thank', 'hi', 'hello', 'my', 'i', 'i\'m',
    'i\'ll', 'let', 'know', 'what', 'when', 'how', 'at', 'from', 'as', 'was', 'but', 'or', 'so', 'just', 'any',
    'would', 'could', 'should', 'all', 'do', 'they', 'there', 'here', 'about', 'an', 'by', 'into', 'which', 'has',
  ],
  spanish: [
    'el', 'la', 'los', 'las', 'que', 'de', 'y', 'en', 'es', 'por', 'para', 'con', 'una', 'su', 'sus', 'lo', 'del',
    'se', 'usted', 'gracias', 'hola', 'pero', 'muy', 'está', 'esta', 'este', 'como', 'más', 'saludos', 'nos',
    'puede', 'favor', 'cuenta', 'también', 'ya', 'sí', 'estimado', 'estimada', 'hemos', 'tiene',
  ],
  french: [
    'le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'vous', 'votre', 'vos', 'nous', 'pour', 'que', 'qui',
    'dans', 'pas', 'avec', 'sur', 'ce', 'cette', 'merci', 'bonjour', 'cordialement', 'je', 'il', 'elle', 'du', 'au',
    'aux', 'mais', 'très', 'être', 'avez', 'sont', 'ne', 'sera', 'bien',
  ],
  german: [
    'der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'wir', 'nicht', 'mit', 'für', 'auf', 'ein', 'eine', 'den',
    'dem', 'zu', 'es', 'von', 'ihr', 'ihre', 'ihnen', 'bitte', 'danke', 'hallo', 'grüße', 'gruß', 'freundlichen',
    'haben', 'wird', 'auch', 'noch', 'wie', 'sind', 'oder', 'aber', 'sehr', 'kann', 'uns',
  ],
  portuguese: [
    'o', 'os', 'as', 'que', 'de', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'seu', 'sua', 'você',
    'obrigado', 'obrigada', 'olá', 'mas', 'muito', 'está', 'são', 'nós', 'atenciosamente', 'também', 'isso',
  ],
  italian: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'che', 'e', 'è', 'per', 'con', 'non', 'un', 'una', 'sono', 'grazie',
    'ciao', 'buongiorno', 'saluti', 'cordiali', 'lei', 'suo', 'sua', 'anche', 'ma', 'molto', 'questo', 'della',
  ],
  dutch: [
    'de', 'het', 'een', 'en', 'van', 'ik', 'je', 'u', 'uw', 'niet', 'dat', 'die', 'met', 'voor', 'op', 'zijn',
    'wij', 'we', 'ons', 'bedankt', 'hallo', 'groet', 'groeten', 'vriendelijke', 'graag', 'ook', 'maar', 'kunt',
  ],
};
