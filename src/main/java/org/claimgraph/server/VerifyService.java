package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.web.HttpSC;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.WriteContext;
import org.claimgraph.writeback.Recorder;
import org.claimgraph.writeback.Verification;

/**
 * {@code POST /kg/verify} ({@code cgsrv:verify}; declared with {@code fuseki:allowedUsers "*"}, so it
 * needs the write password like SPARQL Update). JSON body: {@code file} (relative to the notes
 * folder), {@code line}, {@code status}, and optional {@code method}, {@code env}, {@code date},
 * {@code expectSha256}. Writes the note through {@link Recorder} and re-ingests it through
 * {@link NotePipeline} with the server's change steps ({@link NoteIngest#STEPS}): the history run's
 * agent is the authenticated HTTP user.
 * Answers JSON: 200 {@code {diff, sha256, changed}}; 400 {@code {error, nearest}} for bad input;
 * 409 {@code {error, currentSha256}} when the file changed; 413 {@code {error, limitBytes}} when the note
 * is over the note size limit (nothing read or written); 405 when the server has no writable
 * notes folder. Nothing outside the notes folder is ever written ({@link NotesFolder}).
 */
final class VerifyService extends BaseActionREST {
    private final NotesFolder notes;

    VerifyService(NotesFolder notes) {
        this.notes = notes;
    }

    @Override
    protected void doPost(HttpAction action) {
        if (!notes.writable()) {
            reply(action, HttpSC.METHOD_NOT_ALLOWED_405, error(notes.why()));
            return;
        }
        JsonObject body;
        Path file;
        int line;
        Verification v;
        try {
            body = parse(action);
            file = notes.resolve(string(body, "file"));
            line = integer(body, "line");
            String date = string(body, "date");
            v = new Verification(
                    Verification.parseStatus(string(body, "status")),
                    string(body, "method"),
                    string(body, "env"),
                    date == null ? null : LocalDate.parse(date),
                    LocalDate.now());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            reply(action, HttpSC.BAD_REQUEST_400, error(e.getMessage()));
            return;
        }
        record(action, file, line, v, string(body, "expectSha256"));
    }

    private void record(HttpAction action, Path file, int line, Verification v, String expectSha256) {
        String rel = notes.relative(file);
        Recorder.Recorded r;
        try {
            if (tooLarge(action, file, rel)) return;
            r = Recorder.record(file, rel, line, v, expectSha256, false);
        } catch (IOException e) {
            reply(action, HttpSC.BAD_REQUEST_400, error(rel + ": " + e.getMessage()));
            return;
        }
        if (r instanceof Recorder.Recorded.Conflict c) {
            JsonObject o = error(rel + " changed since it was read; reload and try again");
            o.put("currentSha256", c.currentSha256());
            reply(action, HttpSC.CONFLICT_409, o);
            return;
        }
        if (r instanceof Recorder.Recorded.Refused f) {
            JsonObject o = error(rel + ":" + line + ": " + f.rejected().message());
            JsonArray near = new JsonArray();
            for (String n : f.rejected().nearest()) near.add(n);
            o.put("nearest", near);
            o.put("reason", f.rejected().reason().name().toLowerCase(java.util.Locale.ROOT));
            reply(action, HttpSC.BAD_REQUEST_400, o);
            return;
        }
        Recorder.Recorded.Written w = (Recorder.Recorded.Written) r;
        JsonObject o = new JsonObject();
        o.put("file", rel);
        o.put("changed", w.changed());
        o.put("diff", w.edit().diff());
        o.put("sha256", w.sha256After());
        JsonArray moved = new JsonArray();
        for (String ref : w.edit().movedReferences()) moved.add(ref);
        o.put("movedReferences", moved);
        if (w.changed()) {
            // guard mode does not refuse a verification; the live audit runs once: as a pipeline step, else in
            // AuditedWrites
            boolean stepAudits = NoteIngest.steps(action.getDataset()).stream()
                    .anyMatch(org.claimgraph.validate.LiveAudit.class::isInstance);
            IngestReport report =
                    AuditedWrites.unguarded(!stepAudits, () -> pipeline(action).ingestFile(notes.root(), file));
            JsonArray warnings = new JsonArray();
            for (IngestReport.Failure f : report.failures()) warnings.add(f.toString());
            o.put("ingestWarnings", warnings);
        }
        reply(action, HttpSC.OK_200, o);
    }

    /**
     * A note over the note size limit ({@code --max-note-size}) is answered 413 with the limit
     * ({@code limitBytes}) before anything is read or written: ingest would refuse it, so writing the
     * file would leave its graph behind it.
     */
    private static boolean tooLarge(HttpAction action, Path file, String rel) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size <= NoteFiles.maxFileBytes()) return false;
        JsonObject o = error(rel + ": " + NoteFiles.tooLarge(rel, size).getMessage());
        o.put("limitBytes", NoteFiles.maxFileBytes());
        reply(action, HttpSC.PAYLOAD_TOO_LARGE_413, o);
        return true;
    }

    /** The server's pipeline, with its change steps, writing as the request's user (history: the run's agent). */
    private static NotePipeline pipeline(HttpAction action) {
        String user = action.getUser() == null ? "anonymous" : action.getUser();
        return NotePipeline.builder(DatasetFactory.wrap(action.getDataset()))
                .steps(NoteIngest.steps(action.getDataset()))
                .context(new WriteContext(Instant.now(), user, NotePipeline.TOOL, Optional.empty()))
                .build();
    }

    @Override
    protected void doGet(HttpAction action) {
        reply(
                action,
                HttpSC.METHOD_NOT_ALLOWED_405,
                error("POST a JSON body {file, line, status, method, env, date, expectSha256}"));
    }

    private static JsonObject parse(HttpAction action) {
        try (InputStream in = action.getRequestInputStream()) {
            JsonValue v = JSON.parseAny(in);
            if (!v.isObject()) throw new IllegalArgumentException("the body must be a JSON object");
            return v.getAsObject();
        } catch (IOException | JsonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage());
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new IllegalArgumentException("'" + key + "' must be a string");
        String s = v.getAsString().value();
        return s.isBlank() ? null : s;
    }

    private static int integer(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("'" + key + "' must be a line number");
        return v.getAsNumber().value().intValue();
    }

    static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        return o;
    }

    static void reply(HttpAction action, int status, JsonObject body) {
        action.setResponseStatus(status);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("utf-8");
        try {
            OutputStream out = action.getResponseOutputStream();
            out.write(JSON.toString(body).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            action.log.warn("writing the verify reply: {}", e.toString());
        }
    }
}
