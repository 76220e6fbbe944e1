package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleIndexWrapper;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 database's quad indexes with their writes batched (five of the six: the one TDB2 scans for a find with
 * no concrete slot is written at once, {@link #scanAllIndex}), as {@link LeanQuadTable}'s {@code Hex}
 * batches the in-memory store's: inside a write transaction, a quad add or delete that reaches an index
 * waits in this thread's list for that index (resolved to {@link NodeId}s already: TDB2's node table
 * allocates at the write, unchanged), until a read of that index may see one of them, the transaction
 * prepares its commit, or the list is long; then the index applies the list sorted in its own key order
 * (ties in write order; of several writes of one quad only the last, which decides the outcome), so that
 * consecutive inserts and deletes go down to the same B+tree blocks. "May see": each concrete slot of the
 * read's pattern holds a node id that some pending write holds in that slot; a read with a slot no pending
 * write holds reads the index as it is, which holds the same tuples for that pattern.
 *
 * <p>Everything else is TDB2's: the writes are the same {@link RangeIndex} inserts and deletes as {@link
 * TupleIndexRecord}'s, inside the same transaction (applied before the commit's prepare step, through a
 * {@link TransactionListener} of the database's {@link TransactionCoordinator}, so the journal and crash
 * safety are unchanged; dropped when the transaction aborts, whose B+tree and node table are rolled back by
 * TDB2 as before). Other threads never see pending writes (they are this thread's; a reader's transaction
 * reads its own version of the indexes), and a thread batches only inside a write transaction this
 * database's coordinator began or promoted (a bulk loader writing below the transactions writes at once).
 * Nothing above the indexes changes: the dataset, its wrappers, the node table and the triple table (the
 * default graph) are TDB2's own.
 *
 * <p>A read that cannot see the pending writes returns an iterator over the B+tree while writes wait; a later
 * read that applies them would change the blocks that iterator walks. So every iterator handed out inside a
 * batching transaction notes the last tuple it returned, and when writes were applied since, it continues from
 * the next key in the index as it now is, which is exact for its pattern (the applied writes could not match
 * it, or the read that applied them came after the iterator started, as a write between two reads in TDB2).
 */
public final class TdbBatchedWrites implements TransactionListener {
    /** Writes held per index at most before they are applied. */
    static final int LIMIT = 1 << 16;

    private final Index[] indexes;
    /** Set on a thread between the start (or promotion) of a write transaction and its end. */
    private final ThreadLocal<Boolean> batching = new ThreadLocal<>();

    private TdbBatchedWrites(TupleTable table) {
        TupleIndex[] current = table.getIndexes();
        indexes = new Index[current.length];
        int scanAll = scanAllIndex(current);
        for (int i = 0; i < current.length; i++) {
            indexes[i] = new Index((TupleIndexRecord) current[i], this, i == scanAll);
            table.setTupleIndex(i, indexes[i]);
        }
    }

    /**
     * The index {@link TupleTable} keeps (in a field of its own, not in the array {@link
     * TupleTable#setTupleIndex} changes) for a find with no concrete slot: the first named {@code SPOG},
     * else the first ending in {@code G}, else the first (TDB2 5.6's rule); its writes are not batched, so
     * that such a find, which reaches it past the wrapper, reads what TDB2 alone would.
     */
    private static int scanAllIndex(TupleIndex[] indexes) {
        for (int i = 0; i < indexes.length; i++) if (indexes[i].getName().equals("SPOG")) return i;
        for (int i = 0; i < indexes.length; i++) if (indexes[i].getName().endsWith("G")) return i;
        return 0;
    }

    /**
     * Batches the quad writes of the TDB2 database under {@code dsg} ({@link Stores#tdb2Underneath}); nothing
     * when there is none, when it is batched already, or when its quad indexes are not TDB2's record indexes.
     * Returns whether the database's quad writes are batched now.
     */
    public static boolean install(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        if (base == null) return false;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) return false;
        TupleTable table = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        synchronized (table) {
            TupleIndex[] current = table.getIndexes();
            if (current.length > 0 && current[0] instanceof Index) return true;
            for (TupleIndex t : current) if (!(t instanceof TupleIndexRecord)) return false;
            // swapped while no transaction runs (the coordinator's exclusive mode), which would deadlock in one
            if (tdb.isInTransaction()) return false;
            TransactionCoordinator coordinator = tdb.getTxnSystem().getTxnMgr();
            coordinator.modifyConfig(() -> coordinator.addListener(new TdbBatchedWrites(table)));
            return true;
        }
    }

    /** Whether {@code dsg}'s TDB2 quad indexes are batched ({@link #install}). */
    public static boolean installed(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        if (base == null) return false;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        return tdb != null
                && tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0) instanceof Index;
    }

    /** Writes applied from pending lists so far, over all threads and indexes (for tests). */
    private final java.util.concurrent.atomic.AtomicLong appliedFromBatches =
            new java.util.concurrent.atomic.AtomicLong();

    /** Writes {@code dsg}'s batched indexes applied from pending lists so far ({@link #install}; 0 when not batched). */
    static long appliedFromBatches(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        DatasetGraphTDB tdb = base == null ? null : TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) return 0;
        TupleIndex i = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0);
        return i instanceof Index x ? x.batch.appliedFromBatches.get() : 0;
    }

    private boolean batching() {
        return batching.get() != null;
    }

    private void start() {
        batching.set(Boolean.TRUE);
        clearPending();
    }

    private void stop() {
        batching.remove();
        clearPending();
    }

    /** Drops this thread's pending writes; the lists are kept for its next transaction (their sets keep their size). */
    private void clearPending() {
        for (Index i : indexes) {
            Pending p = i.pending.get();
            if (p != null) p.clear();
        }
    }

    @Override
    public void notifyTxnStart(Transaction txn) {
        if (txn.getMode() == ReadWrite.WRITE) start();
    }

    @Override
    public void notifyPromoteFinish(Transaction txn) {
        if (txn.getMode() == ReadWrite.WRITE) start();
    }

    @Override
    public void notifyPrepareStart(Transaction txn) {
        if (!batching()) return;
        for (Index i : indexes) i.flush(i.pending.get());
    }

    @Override
    public void notifyAbortStart(Transaction txn) {
        stop();
    }

    @Override
    public void notifyCompleteStart(Transaction txn) {
        stop();
    }

    /** One thread's writes to one index not yet applied, in order, and the node ids they hold per slot. */
    private static final class Pending {
        final List<Tuple<NodeId>> tuples = new ArrayList<>();
        boolean[] adds = new boolean[64];

        @SuppressWarnings("unchecked")
        final Set<NodeId>[] bySlot = new Set[4];

        void add(Tuple<NodeId> t, boolean add) {
            int n = tuples.size();
            if (n == adds.length) adds = Arrays.copyOf(adds, 2 * n);
            tuples.add(t);
            adds[n] = add;
            for (int s = 0; s < t.len(); s++) {
                if (bySlot[s] == null) bySlot[s] = new HashSet<>();
                bySlot[s].add(t.get(s));
            }
        }

        /** False when some concrete slot of {@code pattern} holds a node id no pending write holds there. */
        boolean mayMatch(Tuple<NodeId> pattern) {
            if (tuples.isEmpty()) return false;
            for (int s = 0; s < pattern.len(); s++) {
                NodeId x = pattern.get(s);
                if (!NodeId.isAny(x) && (bySlot[s] == null || !bySlot[s].contains(x))) return false;
            }
            return true;
        }

        void clear() {
            tuples.clear();
            for (Set<NodeId> m : bySlot) if (m != null) m.clear();
        }
    }

    /** One of TDB2's quad indexes, whose writes wait in this thread's {@link Pending} list. */
    static final class Index extends TupleIndexWrapper {
        private final TupleIndexRecord record;
        private final RangeIndex range;
        private final RecordFactory factory;
        private final TupleMap map;
        private final TdbBatchedWrites batch;
        private final ThreadLocal<Pending> pending = new ThreadLocal<>();
        /** Times this thread's pending writes were applied to this index: an iterator that saw another count re-seeks. */
        private final ThreadLocal<long[]> flushes = ThreadLocal.withInitial(() -> new long[1]);

        /** Written at once, never batched (the table's whole-scan index, {@link #scanAllIndex}). */
        private final boolean immediate;

        Index(TupleIndexRecord record, TdbBatchedWrites batch, boolean immediate) {
            super(record);
            this.immediate = immediate;
            this.record = record;
            this.range = record.getRangeIndex();
            this.factory = range.getRecordFactory();
            this.map = record.getMapping();
            this.batch = batch;
        }

        private void write(Tuple<NodeId> t, boolean add) {
            if (immediate || !batch.batching()) {
                if (add) record.add(t);
                else record.delete(t);
                return;
            }
            Pending p = pending.get();
            if (p == null) pending.set(p = new Pending());
            p.add(t, add);
            if (p.tuples.size() >= LIMIT) flush(p);
        }

        @Override
        public void add(Tuple<NodeId> t) {
            write(t, true);
        }

        @Override
        public void delete(Tuple<NodeId> t) {
            write(t, false);
        }

        @Override
        public void addAll(Collection<Tuple<NodeId>> tuples) {
            for (Tuple<NodeId> t : tuples) write(t, true);
        }

        @Override
        public void deleteAll(Collection<Tuple<NodeId>> tuples) {
            for (Tuple<NodeId> t : tuples) write(t, false);
        }

        /**
         * Applies {@code p}'s writes to the B+tree as if one by one in their order: sorted by key in this
         * index's order, ties by rank, and of the writes of one key only the last (each write sets its key's
         * presence, so the last decides it).
         */
        void flush(Pending p) {
            if (p == null || p.tuples.isEmpty()) return;
            int n = p.tuples.size(), len = getTupleLength();
            Record[] recs = new Record[n];
            long[] keys = new long[n * len]; // each record's key as unsigned longs: the B+tree's byte order
            for (int i = 0; i < n; i++) {
                recs[i] = TupleLib.record(factory, p.tuples.get(i), map);
                byte[] b = recs[i].getKey();
                for (int j = 0; j < len; j++) keys[i * len + j] = (long) LONGS.get(b, j * NodeId.SIZE);
            }
            int[] order = sortedByKey(keys, n, len);
            for (int k = 0; k < n; k++) {
                int i = order[k];
                if (k + 1 < n && compare(keys, len, i, order[k + 1]) == 0) continue; // a later write of this key
                if (p.adds[i]) range.insert(recs[i]);
                else range.delete(recs[i]);
            }
            batch.appliedFromBatches.addAndGet(n);
            p.clear();
            flushes.get()[0]++;
        }

        private static final java.lang.invoke.VarHandle LONGS =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

        /** Record {@code i}'s key against record {@code j}'s, unsigned, as the B+tree orders them. */
        private static int compare(long[] keys, int len, int i, int j) {
            for (int x = 0; x < len; x++) {
                int c = Long.compareUnsigned(keys[i * len + x], keys[j * len + x]);
                if (c != 0) return c;
            }
            return 0;
        }

        /** The ranks 0..n-1 ordered by key, stably (equal keys keep their write order): a merge sort. */
        private static int[] sortedByKey(long[] keys, int n, int len) {
            int[] a = new int[n], b = new int[n];
            for (int i = 0; i < n; i++) a[i] = i;
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n), i = lo, j = mid, k = lo;
                    while (i < mid && j < hi) b[k++] = compare(keys, len, a[j], a[i]) < 0 ? a[j++] : a[i++];
                    while (i < mid) b[k++] = a[i++];
                    while (j < hi) b[k++] = a[j++];
                }
                int[] t = a;
                a = b;
                b = t;
            }
            return a;
        }

        private void flushAll() {
            flush(pending.get());
        }

        @Override
        public Iterator<Tuple<NodeId>> find(Tuple<NodeId> pattern) {
            if (immediate || !batch.batching()) return record.find(pattern);
            Pending p = pending.get();
            if (p != null && p.mayMatch(pattern)) flush(p);
            return guarded(pattern, record.find(pattern));
        }

        @Override
        public Iterator<Tuple<NodeId>> all() {
            if (immediate || !batch.batching()) return record.all();
            flushAll();
            return guarded(null, record.all());
        }

        @Override
        public long size() {
            if (batch.batching()) flushAll();
            return record.size();
        }

        @Override
        public boolean isEmpty() {
            if (batch.batching()) flushAll();
            return record.isEmpty();
        }

        @Override
        public void clear() {
            Pending p = pending.get();
            if (p != null) p.clear();
            record.clear();
        }

        /** {@code it} over {@code pattern} (null: every tuple), continued from its last tuple after a flush. */
        private Iterator<Tuple<NodeId>> guarded(Tuple<NodeId> pattern, Iterator<Tuple<NodeId>> it) {
            if (pattern != null) {
                boolean concrete = true;
                for (int s = 0; s < pattern.len(); s++) if (NodeId.isAny(pattern.get(s))) concrete = false;
                if (concrete) return it; // an existence test: a list of at most one tuple, not a B+tree walk
            }
            return new Guarded(pattern, it);
        }

        /**
         * An iterator of this index that, when this thread's writes were applied to the index after it
         * started, goes on from the key after the last tuple it returned in the index as it is now.
         */
        private final class Guarded implements Iterator<Tuple<NodeId>> {
            private final Tuple<NodeId> pattern;
            private Iterator<Tuple<NodeId>> it;
            private long seen;
            private Tuple<NodeId> last;

            Guarded(Tuple<NodeId> pattern, Iterator<Tuple<NodeId>> it) {
                this.pattern = pattern;
                this.it = it;
                this.seen = flushes.get()[0];
            }

            private void check() {
                long now = flushes.get()[0];
                if (now == seen) return;
                seen = now;
                it = seek(pattern, last);
            }

            @Override
            public boolean hasNext() {
                check();
                return it.hasNext();
            }

            @Override
            public Tuple<NodeId> next() {
                check();
                if (!it.hasNext()) throw new NoSuchElementException();
                last = it.next();
                return last;
            }
        }

        /**
         * The tuples of {@code pattern} (natural order; null: all) in index order after {@code after}
         * (natural order; null: from the first), read from the B+tree as it is now.
         */
        Iterator<Tuple<NodeId>> seek(Tuple<NodeId> pattern, Tuple<NodeId> after) {
            int len = getTupleLength();
            Tuple<NodeId> p = pattern == null ? null : map.map(pattern);
            Record max = null;
            byte[] prefixMin = null;
            int leading = -1;
            if (p != null) {
                for (int i = 0; i < len && !NodeId.isAny(p.get(i)); i++) leading = i;
                if (leading >= 0) {
                    Record min = factory.createKeyOnly();
                    max = factory.createKeyOnly();
                    for (int i = 0; i <= leading; i++) {
                        NodeIdFactory.set(p.get(i), min.getKey(), i * NodeId.SIZE);
                        NodeIdFactory.set(p.get(i), max.getKey(), i * NodeId.SIZE);
                    }
                    NodeIdFactory.setNext(p.get(leading), max.getKey(), leading * NodeId.SIZE);
                    prefixMin = min.getKey();
                }
            }
            Record from;
            if (after != null) {
                byte[] key = TupleLib.record(factory, after, map).getKey().clone();
                if (!increment(key)) return java.util.Collections.emptyIterator();
                from = factory.create(key);
            } else {
                from = prefixMin == null ? null : factory.create(prefixMin);
            }
            if (from != null && max != null && Record.keyGE(from, max)) return java.util.Collections.emptyIterator();
            Iterator<Record> records = range.iterator(from, max);
            Iterator<Tuple<NodeId>> tuples =
                    org.apache.jena.atlas.iterator.Iter.map(records, r -> TupleLib.tuple(r, map));
            if (pattern == null || leading == len - 1) return tuples;
            return org.apache.jena.atlas.iterator.Iter.filter(tuples, t -> matches(pattern, t));
        }

        private static boolean matches(Tuple<NodeId> pattern, Tuple<NodeId> t) {
            for (int i = 0; i < pattern.len(); i++) {
                NodeId x = pattern.get(i);
                if (!NodeId.isAny(x) && !x.equals(t.get(i))) return false;
            }
            return true;
        }

        /** {@code key} + 1 as an unsigned big-endian number; false when it overflows (it was the largest key). */
        private static boolean increment(byte[] key) {
            for (int i = key.length - 1; i >= 0; i--) {
                if (++key[i] != 0) return true;
            }
            return false;
        }
    }
}
