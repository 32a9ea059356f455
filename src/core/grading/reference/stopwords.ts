/**
 * English function words that carry no credit on their own (NLTK's list plus
 * a few answer fillers). Negations (`not`, `no`) are here too: polarity is the
 * rubric grader's job, this scorer measures content overlap.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before
being below between both but by can could couldn did didn do does doesn doing don down during each
etc eg ie few for from further had hadn has hasn have haven having he her here hers herself him
himself his how i if in into is isn it its itself just let ll me might more most must mustn my
myself need no nor not now of off on once only or other our ours ourselves out over own re s same
shall shan she should shouldn so some such t than that the their theirs them themselves then there
these they this those through thus to too under until up us ve very was wasn we were weren what
when where which while who whom why will with won would wouldn you your yours yourself yourselves
d m o y ll may etc`.split(/\s+/),
);
