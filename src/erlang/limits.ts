/**
 * How large a queue the Erlang formulas are asked about. Each evaluation costs O(agents) and
 * the search a few dozen of them, so the work is bounded by these, whatever the inputs:
 * 100,000 Erlangs is a queue of more than 100,000 agents at once, beyond any real contact centre.
 */
export const MAX_TRAFFIC_ERLANGS = 100_000;
/** Most agents a queue is evaluated with (the search never goes past ~1.2 × the traffic limit). */
export const MAX_AGENTS = 1_000_000;
/** Longest handling time, answer or patience target, service-level threshold: one day. */
export const MAX_SECONDS = 86_400;
