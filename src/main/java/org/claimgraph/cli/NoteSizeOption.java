package org.claimgraph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.store.NoteFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-note-size SIZE} of ingest, serve and validate: the largest note file read (default
 * 8 MiB, or {@code -Dclaimgraph.maxNoteBytes=BYTES}). A larger note is refused with its name, its
 * size and the limit. Sizes: a number of bytes, or with K/KB/KiB, M/MB/MiB, G/GB/GiB (all binary:
 * 1 MB = 1 MiB = 1048576 bytes, so {@code 8MB} is the default).
 */
final class NoteSizeOption {
    @Option(
            names = NoteFiles.MAX_FILE_BYTES_OPTION,
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description =
                    "Largest note file read, e.g. 8MB, 512KB, 20MiB or bytes; larger notes are refused with their size "
                            + "(a note already stored keeps its graph). Units are binary (1 MB = 1048576 bytes). Default: 8MB.")
    Long maxNoteBytes;

    /** Applies the option (or the default) to this process: call first thing in the command. */
    void apply() {
        NoteFiles.setMaxFileBytes(
                maxNoteBytes != null
                        ? maxNoteBytes
                        : NoteFiles.MAX_FILE_BYTES); // also resets an earlier run in this JVM
    }

    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    /** "8MB" → 8388608; refuses 0, negatives and anything it cannot read, saying what is accepted. */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches())
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size: write e.g. 8MB, 512KB, 1GB or a number of bytes");
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2)
            throw new IllegalArgumentException("'" + text + "' is not a usable note size (at least 1 byte)");
        return (long) bytes;
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
