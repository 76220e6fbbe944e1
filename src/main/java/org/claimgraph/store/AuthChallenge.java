package org.claimgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 9110 §11.6.1): a scheme such as
 * {@code Basic} or {@code Digest} and its parameters, names lower-cased. A header may carry several
 * challenges and a response several headers; {@link #parse} reads them all.
 *
 * @param scheme the auth scheme, lower case ({@code basic}, {@code digest}, {@code bearer} …)
 * @param params the auth-params, names lower case, quoted values unquoted
 */
public record AuthChallenge(String scheme, Map<String, String> params) {

    public AuthChallenge {
        params = Map.copyOf(params);
    }

    /** A parameter's value, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** Every challenge in the given header values, in order; unreadable parts are skipped. */
    public static List<AuthChallenge> parse(List<String> headerValues) {
        List<AuthChallenge> out = new ArrayList<>();
        for (String v : headerValues) new Reader(v).readAll(out);
        return out;
    }

    /** A small tokenizer for {@code challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]}. */
    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        void readAll(List<AuthChallenge> out) {
            String scheme = null;
            Map<String, String> params = new LinkedHashMap<>();
            while (skipSeparators()) {
                String token = token();
                if (token.isEmpty()) {
                    i++;
                    continue;
                } // a stray character: skip it
                skipSpaces();
                if (i < s.length() && s.charAt(i) == '=' && scheme != null && !isToken68End()) {
                    i++;
                    skipSpaces();
                    params.put(token.toLowerCase(Locale.ROOT), value());
                } else if (i < s.length() && s.charAt(i) == '=' && scheme != null) {
                    while (i < s.length() && s.charAt(i) == '=') i++; // a token68 credential: not needed
                } else {
                    if (scheme != null) out.add(new AuthChallenge(scheme, params));
                    scheme = token.toLowerCase(Locale.ROOT);
                    params = new LinkedHashMap<>();
                }
            }
            if (scheme != null) out.add(new AuthChallenge(scheme, params));
        }

        /** A token68 value ends in '=' padding followed by a comma or the end; a param has a value after '='. */
        private boolean isToken68End() {
            int j = i;
            while (j < s.length() && s.charAt(j) == '=') j++;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            return j >= s.length() || s.charAt(j) == ',';
        }

        private boolean skipSeparators() {
            while (i < s.length() && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) i++;
            return i < s.length();
        }

        private void skipSpaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private String token() {
            int start = i;
            while (i < s.length() && "!#$%&'*+-.^_`|~/".indexOf(s.charAt(i)) >= 0
                    || i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
            return s.substring(start, i);
        }

        private String value() {
            if (i < s.length() && s.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
                    b.append(s.charAt(i));
                }
                i++;
                return b.toString();
            }
            return token();
        }
    }
}
