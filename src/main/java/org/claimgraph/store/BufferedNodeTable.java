package org.claimgraph.store;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jena's TDB2 node file ({@code NodeTableTRDF}: nodes as Thrift terms in {@code nodes-data.obj}) with
 * two corrections, put in place of Jena's by {@link #install} when {@link Stores#tdb2} opens a database.
 *
 * <ul>
 *   <li><b>Reads buffered.</b> Nodes are read through a {@link NodeReadBuffer}: one read of up to
 *       512 bytes per node instead of a {@code seek} and a {@code read} system call per byte.
 *   <li><b>Integers kept exact.</b> Jena writes an {@code xsd:integer} as a Thrift {@code i64}
 *       value ({@code ThriftConvert.convert(node, true)} takes {@code longValue()}), so an integer
 *       outside the 64-bit range comes back from disk as another number
 *       ({@code 92233720368547754450} as {@code -3630}, 2<sup>64</sup> as {@code 0}) once it has left
 *       the node cache: after a restart. Such an integer is written here as its lexical form and
 *       datatype, which Jena reads back as written. Every other node is written as Jena writes it.
 * </ul>
 *
 * <p>Same file format, same index, same positions: a database written with this table opens in stock
 * Jena and the other way round (integers stored by stock Jena before stay as Jena stored them).
 * {@link #install} replaces the table inside the node table's wrappers (the cache's or the inline
 * table's field that holds it, found by reflection and checked against Jena 5.6); where the layout
 * is not as expected it logs a warning and leaves Jena's table: slower, and big integers as Jena keeps them.
 */
final class BufferedNodeTable extends NodeTableTRDF {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedNodeTable.class);

    private final NodeReadBuffer transport;
    private final TProtocol protocol;

    private BufferedNodeTable(NodeTableTRDF jena) {
        super(jena.getIndex(), jena.getData());
        this.transport = new NodeReadBuffer(jena.getData());
        this.protocol = TRDF.protocol(transport);
    }

    /**
     * Puts a {@code BufferedNodeTable} in place of the node table of the TDB2 database on disk under
     * {@code dsg}. Returns whether the database now reads and writes nodes through one; false for
     * in-memory or non-TDB2 datasets and, with a warning, for node tables not laid out as in Jena 5.6.
     * Call it right after opening, before the first write.
     */
    static boolean install(DatasetGraph dsg) {
        DatasetGraphTDB storage = storage(dsg);
        if (storage == null || storage.getLocation().isMem()) return false;
        NodeTable top = storage.getTripleTable().getNodeTupleTable().getNodeTable();
        if (top != storage.getQuadTable().getNodeTupleTable().getNodeTable()) {
            LOG.warn("TDB2 node table left as Jena's: the triple and quad tables do not share one");
            return false;
        }
        try {
            synchronized (BufferedNodeTable.class) {
                return replaceUnder(top);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("TDB2 node table left as Jena's: {}", e.toString());
            return false;
        }
    }

    /** Replaces the {@code NodeTableTRDF} under {@code top}'s wrappers; true when one is ours after. */
    static boolean replaceUnder(NodeTable top) throws ReflectiveOperationException {
        NodeTable parent = top;
        for (int i = 0; i < 8; i++) {
            NodeTable child = parent.wrapped();
            if (child == null || child == parent) break;
            if (child instanceof BufferedNodeTable) return true;
            if (child instanceof NodeTableTRDF jena) {
                Field field = fieldHolding(parent, child);
                field.setAccessible(true);
                field.set(parent, new BufferedNodeTable(jena));
                return true;
            }
            parent = child;
        }
        LOG.warn(
                "TDB2 node table left as Jena's: no wrapper of {} holds a NodeTableTRDF",
                top.getClass().getName());
        return false;
    }

    /** The instance field of {@code holder}'s class (or a superclass) whose value is {@code value}. */
    private static Field fieldHolding(Object holder, Object value) throws ReflectiveOperationException {
        for (Class<?> c = holder.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !NodeTable.class.isAssignableFrom(f.getType())) continue;
                f.setAccessible(true);
                if (f.get(holder) == value) return f;
            }
        }
        throw new NoSuchFieldException("no field of " + holder.getClass().getName() + " holds the node file");
    }

    /** The node file of the TDB2 database under {@code dsg}: ours when installed, else Jena's, if any. */
    static Optional<NodeTableTRDF> of(DatasetGraph dsg) {
        DatasetGraphTDB storage = storage(dsg);
        if (storage == null) return Optional.empty();
        NodeTable t = storage.getTripleTable().getNodeTupleTable().getNodeTable();
        for (int i = 0; i < 8 && t != null; i++) {
            if (t instanceof NodeTableTRDF trdf) return Optional.of(trdf);
            t = t.wrapped() == t ? null : t.wrapped();
        }
        return Optional.empty();
    }

    /** The TDB2 storage under {@code dsg}'s wrappers, or null when there is none. */
    private static DatasetGraphTDB storage(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        return base == null ? null : TDBInternal.getDatasetGraphTDB(base);
    }

    @Override
    protected NodeId writeNodeToTable(Node node) {
        try {
            RDF_Term term = ThriftConvert.convert(node, !beyondLong(node));
            NodeId id = NodeIdFactory.createPtr(getData().length());
            term.write(protocol);
            return id;
        } catch (TException e) {
            throw new TDBException("NodeTableThrift/Write", e);
        }
    }

    @Override
    protected Node readNodeFromTable(NodeId id) {
        try {
            transport.readPosition(id.getPtrLocation());
            RDF_Term term = new RDF_Term();
            term.read(protocol);
            return ThriftConvert.convert(term);
        } catch (TException e) {
            throw new TDBException("NodeTableTRDF/Read", e);
        }
    }

    /** An {@code xsd:integer} whose value a Java {@code long} cannot hold. */
    static boolean beyondLong(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDinteger.equals(node.getLiteralDatatype())) return false;
        if (!node.getLiteral().isWellFormed()) return false; // Jena writes ill-formed literals as given
        return node.getLiteralValue() instanceof BigInteger big && big.bitLength() > 63;
    }
}
