package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level alternatives of a regular expression, for the start-set tests: a reader that tries
 * a pattern only after a char of a start set must hold the first char of every alternative.
 */
final class RegexAlternatives {
    private RegexAlternatives() {}

    /** {@code re} split at its '|'s outside groups, character classes and escapes. */
    static List<String> topLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        boolean inClass = false;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(re.substring(from, i));
                from = i + 1;
            }
        }
        out.add(re.substring(from));
        return out;
    }

    /** True when {@code alt} starts with a literal char (not a group, a class, an escape or an anchor). */
    static boolean literalStart(String alt) {
        return !alt.isEmpty() && "([\\.^$".indexOf(alt.charAt(0)) < 0;
    }
}
