package io.github.juesuan.facts;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Apache Parquet, written with the JDK alone: every column {@code OPTIONAL}, one data page (v1,
 * PLAIN values, RLE definition levels, GZIP) per column per row group, and a footer in the Thrift
 * compact protocol. Rows are buffered column by column up to {@link #ROWS_PER_GROUP} rows, then
 * written out as a row group, so memory is bounded by one row group whatever the number of rows.
 */
final class ParquetRowWriter implements RowWriter {

    /** The rows of a row group. */
    static final int ROWS_PER_GROUP = 65_536;

    /**
     * The most bytes of values a row group buffers before it is written, whatever its rows: a
     * table whose rows are long (findings with their messages, reports) would otherwise hold
     * tens of megabytes until its 65,536th row, and the four tables together most of a small heap.
     */
    static final int MAX_GROUP_BYTES = 8 << 20;

    /** How often (in rows) the buffered bytes are compared with {@link #MAX_GROUP_BYTES}. */
    private static final int CHECK_EVERY = 512;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    // parquet.thrift enums
    private static final int TYPE_BOOLEAN = 0;
    private static final int TYPE_INT32 = 1;
    private static final int TYPE_INT64 = 2;
    private static final int TYPE_BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1;
    private static final int CONVERTED_UTF8 = 0;
    private static final int CONVERTED_DECIMAL = 5;
    private static final int ENCODING_PLAIN = 0;
    private static final int ENCODING_RLE = 3;
    private static final int CODEC_GZIP = 2;
    private static final int PAGE_DATA = 0;
    private static final long MAX_UNSCALED = 999_999_999_999_999_999L;

    private final CountingStream out;
    private final FactsTable table;
    private final FactsColumn[] columns;
    private final ColumnBuffer[] buffers;
    private final List<byte[]> rowGroups = new ArrayList<>();
    private long totalRows;
    private int groupRows;

    ParquetRowWriter(OutputStream stream, FactsTable table) throws IOException {
        this.out = new CountingStream(new BufferedOutputStream(stream, 64 * 1024));
        this.table = table;
        this.columns = table.getColumns().toArray(new FactsColumn[0]);
        this.buffers = new ColumnBuffer[columns.length];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new ColumnBuffer();
        }
        out.write(MAGIC);
    }

    @Override
    public void write(Object[] row) throws IOException {
        for (int i = 0; i < columns.length; i++) {
            buffers[i].add(columns[i].getType(), row[i]);
        }
        groupRows++;
        if (groupRows == ROWS_PER_GROUP || groupRows % CHECK_EVERY == 0 && bufferedBytes() > MAX_GROUP_BYTES) {
            flushGroup();
        }
    }

    private long bufferedBytes() {
        long n = 0;
        for (ColumnBuffer b : buffers) {
            n += b.size();
        }
        return n;
    }

    private void flushGroup() throws IOException {
        if (groupRows == 0) {
            return;
        }
        CompactThrift rg = new CompactThrift().begin();
        rg.list(1, CompactThrift.STRUCT, columns.length);
        long groupBytes = 0;
        for (int i = 0; i < columns.length; i++) {
            ColumnBuffer b = buffers[i];
            byte[] raw = b.page(groupRows);
            byte[] packed = gzip(raw);
            byte[] header = new CompactThrift().begin()
                    .i32(1, PAGE_DATA).i32(2, raw.length).i32(3, packed.length)
                    .struct(5).i32(1, groupRows).i32(2, ENCODING_PLAIN).i32(3, ENCODING_RLE).i32(4, ENCODING_RLE).end()
                    .end().toByteArray();
            long offset = out.count;
            out.write(header);
            out.write(packed);
            long compressed = header.length + (long) packed.length;
            long uncompressed = header.length + (long) raw.length;
            groupBytes += uncompressed;
            rg.begin().i64(2, offset).struct(3)
                    .i32(1, physicalType(columns[i].getType()))
                    .list(2, CompactThrift.I32, 2).i32Element(ENCODING_PLAIN).i32Element(ENCODING_RLE)
                    .list(3, CompactThrift.BINARY, 1).stringElement(columns[i].getName())
                    .i32(4, CODEC_GZIP)
                    .i64(5, groupRows).i64(6, uncompressed).i64(7, compressed).i64(9, offset)
                    .end().end();
            b.reset();
        }
        rg.i64(2, groupBytes).i64(3, groupRows).end();
        rowGroups.add(rg.toByteArray());
        totalRows += groupRows;
        groupRows = 0;
    }

    @Override
    public void close() throws IOException {
        flushGroup();
        CompactThrift f = new CompactThrift().begin().i32(1, 1);
        f.list(2, CompactThrift.STRUCT, columns.length + 1);
        f.begin().string(4, "schema").i32(5, columns.length).end();
        for (FactsColumn c : columns) {
            FactsType t = c.getType();
            f.begin().i32(1, physicalType(t)).i32(3, OPTIONAL).string(4, c.getName());
            if (t == FactsType.STRING) {
                f.i32(6, CONVERTED_UTF8).struct(10).struct(1).end().end();
            } else if (t.isDecimal()) {
                f.i32(6, CONVERTED_DECIMAL).i32(7, t.getScale()).i32(8, 18)
                        .struct(10).struct(5).i32(1, t.getScale()).i32(2, 18).end().end();
            }
            f.end();
        }
        f.i64(3, totalRows);
        f.list(4, CompactThrift.STRUCT, rowGroups.size());
        for (byte[] rg : rowGroups) {
            f.raw(rg);
        }
        f.list(5, CompactThrift.STRUCT, 2)
                .begin().string(1, "juesuan.facts.schema_version").string(2, FactsTable.SCHEMA_VERSION).end()
                .begin().string(1, "juesuan.facts.table").string(2, table.getName()).end();
        f.string(6, "juesuan-facts (schema " + FactsTable.SCHEMA_VERSION + ")").end();
        byte[] footer = f.toByteArray();
        out.write(footer);
        out.write(littleEndian(footer.length));
        out.write(MAGIC);
        out.close();
    }

    private static int physicalType(FactsType t) {
        switch (t) {
            case STRING:
                return TYPE_BYTE_ARRAY;
            case INTEGER:
                return TYPE_INT32;
            case BOOLEAN:
                return TYPE_BOOLEAN;
            default:
                return TYPE_INT64;
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(b, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            z.write(raw);
        }
        return b.toByteArray();
    }

    private static byte[] littleEndian(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    /** The definition levels and PLAIN values of one column of the current row group. */
    private static final class ColumnBuffer {
        private final ByteArrayOutputStream values = new ByteArrayOutputStream(4096);
        private byte[] defined = new byte[1024];
        private int count;
        private int bits;
        private int bitCount;

        int size() {
            return values.size() + count;
        }

        void add(FactsType type, Object v) {
            if (count == defined.length) {
                defined = java.util.Arrays.copyOf(defined, count * 2);
            }
            defined[count++] = (byte) (v == null ? 0 : 1);
            if (v == null) {
                return;
            }
            switch (type) {
                case STRING:
                    byte[] s = ((String) v).getBytes(StandardCharsets.UTF_8);
                    writeInt(s.length);
                    values.write(s, 0, s.length);
                    break;
                case INTEGER:
                    writeInt((Integer) v);
                    break;
                case BOOLEAN:
                    if ((Boolean) v) {
                        bits |= 1 << bitCount;
                    }
                    if (++bitCount == 8) {
                        values.write(bits);
                        bits = 0;
                        bitCount = 0;
                    }
                    break;
                default:
                    BigDecimal d = (BigDecimal) v;
                    long unscaled = d.unscaledValue().longValueExact();
                    if (d.scale() != type.getScale() || Math.abs(unscaled) > MAX_UNSCALED) {
                        throw new IllegalArgumentException(d + " does not fit " + type.getSqlType());
                    }
                    for (int i = 0; i < 8; i++) {
                        values.write((int) (unscaled >>> (8 * i)));
                    }
            }
        }

        private void writeInt(int v) {
            values.write(v);
            values.write(v >>> 8);
            values.write(v >>> 16);
            values.write(v >>> 24);
        }

        /** The page: the definition levels (length-prefixed RLE runs of bit width 1), then the values. */
        byte[] page(int rows) {
            if (bitCount > 0) {
                values.write(bits);
                bits = 0;
                bitCount = 0;
            }
            ByteArrayOutputStream levels = new ByteArrayOutputStream(16);
            int i = 0;
            while (i < rows) {
                int j = i;
                while (j < rows && defined[j] == defined[i]) {
                    j++;
                }
                long header = (long) (j - i) << 1;
                while ((header & ~0x7FL) != 0) {
                    levels.write((int) ((header & 0x7F) | 0x80));
                    header >>>= 7;
                }
                levels.write((int) header);
                levels.write(defined[i]);
                i = j;
            }
            ByteArrayOutputStream page = new ByteArrayOutputStream(4 + levels.size() + values.size());
            page.writeBytes(littleEndian(levels.size()));
            page.writeBytes(levels.toByteArray());
            page.writeBytes(values.toByteArray());
            return page.toByteArray();
        }

        void reset() {
            values.reset();
            count = 0;
        }
    }

    /** Counts the bytes written, for the offsets the footer records. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
