package org.claimgraph.store;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;

/**
 * A read buffer for a TDB2 node table's data file ({@code nodes-data.obj}): the transport
 * {@link BufferedNodeTable} reads and writes nodes through.
 *
 * <p>TDB2 decodes a node that is not in its cache with Thrift's compact protocol straight from the
 * file: Jena's {@link TReadAppendFileTransport} offers no buffer, so the protocol reads the term one
 * byte at a time, and every byte is a {@code seek} and a {@code read} system call (seen in JFR's
 * native samples of a cold 4 MB note save: the writer thread in {@code RandomAccessFile.seek0} and
 * {@code readBytes} under {@code NodeTableTRDF.readNodeFromTable}). This transport reads up to
 * {@value #CHUNK} bytes at the node's position in one call and lends them to the protocol through
 * Thrift's buffer methods ({@link #getBuffer}, {@link #consumeBuffer} …), so a node costs one read.
 *
 * <p>Exact by construction: the data file is append-only, and its bytes never change once
 * committed. A chunk is clipped to {@link BinaryDataFile#length()} (the reading transaction's view of
 * the file), a position outside the chunk reads a new one, and every write (the table appends a
 * node) drops the chunk, so bytes of an aborted write that a later write replaces are never served.
 * Not thread-safe: the node table reads and writes under its own lock, as it does for Jena's
 * transport, whose single read position this one replaces.
 */
final class NodeReadBuffer extends TReadAppendFileTransport {

    /** Bytes read per node position; most terms (IRIs, short literals) fit in one chunk. */
    static final int CHUNK = 512;

    private final BinaryDataFile file;
    private final byte[] chunk = new byte[CHUNK];
    /** File position of {@code chunk[0]}. */
    private long start = -1;
    /** Valid bytes in {@code chunk}. */
    private int length;
    /** Next byte to read, as an index into {@code chunk}: the read position is {@code start + next}. */
    private int next;

    NodeReadBuffer(BinaryDataFile file) {
        super(file);
        this.file = file;
    }

    @Override
    public long readPosition() {
        return start + next;
    }

    @Override
    public void readPosition(long at) {
        if (at >= start && at < start + length) {
            next = (int) (at - start);
        } else {
            fill(at);
        }
    }

    /** Reads the chunk at {@code at}, clipped to the file's length as the transaction sees it. */
    private void fill(long at) {
        int want = (int) Math.max(0, Math.min(CHUNK, file.length() - at));
        int got = want == 0 ? 0 : file.read(at, chunk, 0, want);
        start = at;
        length = Math.max(got, 0);
        next = 0;
    }

    @Override
    public int read(byte[] dst, int off, int n) {
        if (n <= 0) return 0;
        if (next >= length) {
            long at = start + next;
            if (n >= CHUNK) {
                int got = file.read(at, dst, off, n);
                start = at + Math.max(got, 0);
                length = 0;
                next = 0;
                return got;
            }
            fill(at);
            if (length == 0) return file.read(at, dst, off, n); // at the end: the file's own answer
        }
        int k = Math.min(n, length - next);
        System.arraycopy(chunk, next, dst, off, k);
        next += k;
        return k;
    }

    @Override
    public void write(byte[] src, int off, int n) {
        start = -1;
        length = 0;
        next = 0;
        super.write(src, off, n);
    }

    @Override
    public byte[] getBuffer() {
        return chunk;
    }

    @Override
    public int getBufferPosition() {
        return next;
    }

    @Override
    public int getBytesRemainingInBuffer() {
        return length - next;
    }

    @Override
    public void consumeBuffer(int n) {
        next += n;
    }
}
