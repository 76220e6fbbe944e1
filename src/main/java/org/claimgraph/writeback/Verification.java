package org.claimgraph.writeback;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import org.claimgraph.extract.VerificationStatus;

/**
 * What a reviewer records for one claim. Only {@code status} is required; a null field leaves the
 * block's value as it is. {@code stampDate} is the date written when {@code date} is null and
 * something else changes (the CLI passes today); null means never stamp.
 */
public record Verification(
        VerificationStatus status, String methodUrl, String environment, LocalDate date, LocalDate stampDate) {
    public Verification {
        if (status == null) throw new IllegalArgumentException("a status is required");
        if (methodUrl != null) methodUrl = checkMethodUrl(methodUrl);
        if (environment != null) {
            environment = environment.strip();
            if (environment.isEmpty()) environment = null;
            else if (environment.contains("\n") || environment.contains("\r")) {
                throw new IllegalArgumentException("the environment must be one line");
            }
        }
    }

    /** Just a status: nothing else changes, no date stamped. */
    public static Verification of(VerificationStatus status) {
        return new Verification(status, null, null, null, null);
    }

    /** The status whose notation ({@code verified}, {@code publicly-verifiable} …) is given. */
    public static VerificationStatus parseStatus(String notation) {
        if (notation != null) {
            String n = notation.strip().toLowerCase(Locale.ROOT);
            for (VerificationStatus s : VerificationStatus.values())
                if (s.notation().equals(n)) return s;
        }
        throw new IllegalArgumentException("unknown status '" + notation + "'; use one of " + statusList());
    }

    /** "verified, publicly-verifiable, partially-verifiable, pending, unverifiable". */
    public static String statusList() {
        StringBuilder sb = new StringBuilder();
        for (VerificationStatus s : VerificationStatus.values())
            sb.append(sb.length() == 0 ? "" : ", ").append(s.notation());
        return sb.toString();
    }

    /** The URL itself when it is an absolute http(s) URL with a host and no spaces; otherwise an exception saying why. */
    public static String checkMethodUrl(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the method '" + url + "' is not a URL: " + e.getReason());
        }
        throw new IllegalArgumentException("the method '" + url + "' is not an http(s) URL with a host");
    }
}
