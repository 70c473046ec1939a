package io.github.juesuan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReportReadException;
import java.io.IOException;
import java.util.Objects;

/**
 * A Jackson module that lets an application's own {@code ObjectMapper} read and write
 * {@link FinalAccountReport} in the report format of {@link JsonReports}, and the value types
 * {@link Amount} (a JSON number, exact), {@link FunctionCode} and {@link EconomicCode} (strings).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JuesuanJsonModule());
 * String json = mapper.writeValueAsString(report);
 * FinalAccountReport back = mapper.readValue(json, FinalAccountReport.class);
 * }</pre>
 *
 * <p>The module is also listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code mapper.findAndRegisterModules()} finds it with the default options. Bad input throws
 * {@link ReportReadException} whose JSON pointer is relative to the report object. Numbers are read
 * exactly whatever the mapper's features.
 *
 * <p><b>Limits against hostile input.</b> On this path the limits are the mapper's own
 * {@code StreamReadConstraints}, not those of {@link JsonReadOptions}: the module cannot change
 * the parser it is handed. Jackson's defaults (2.21) are looser than io-json's: nesting depth 1000,
 * numbers of 1000 characters, strings of 20,000,000 characters, names of 50,000, and no limit on
 * the document's length or its number of tokens. A report is read token by token into the
 * model, but its lists (and unknown fields, skipped as small trees) grow with the document. To
 * read untrusted input, give the mapper
 * io-json's limits:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
 *         .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS).build())
 *         .registerModule(new JuesuanJsonModule());
 * }</pre>
 *
 * <p>or read with {@link JsonReports}, which always applies its options' limits.
 */
public final class JuesuanJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with the default, strict read options. */
    public JuesuanJsonModule() {
        this(JsonReadOptions.defaults());
    }

    /**
     * Creates the module with read options (unknown fields, decimals); the options' limits are not
     * used: the mapper's {@code StreamReadConstraints} apply.
     *
     * @param options the options, not null
     */
    public JuesuanJsonModule(JsonReadOptions options) {
        super("JuesuanJsonModule", Version.unknownVersion());
        Objects.requireNonNull(options, "options");
        addSerializer(FinalAccountReport.class, new JsonSerializer<FinalAccountReport>() {
            @Override
            public void serialize(FinalAccountReport value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                ReportJsonWriter.write(value, gen);
            }
        });
        addDeserializer(FinalAccountReport.class, new JsonDeserializer<FinalAccountReport>() {
            @Override
            public FinalAccountReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return new ReportJsonReader(options).read(p);
            }
        });
        addSerializer(Amount.class, new JsonSerializer<Amount>() {
            @Override
            public void serialize(Amount value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(value.toBigDecimal().toPlainString());
            }
        });
        addDeserializer(Amount.class, new JsonDeserializer<Amount>() {
            @Override
            public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isNumeric()) {
                    return (Amount) ctxt.handleUnexpectedToken(Amount.class, p);
                }
                return Amount.of(p.getDecimalValue());
            }
        });
        addSerializer(FunctionCode.class, new JsonSerializer<FunctionCode>() {
            @Override
            public void serialize(FunctionCode value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(FunctionCode.class, new JsonDeserializer<FunctionCode>() {
            @Override
            public FunctionCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = p.getValueAsString();
                try {
                    return FunctionCode.of(Objects.requireNonNullElse(s, ""));
                } catch (IllegalArgumentException e) {
                    return (FunctionCode) ctxt.handleWeirdStringValue(FunctionCode.class, s, e.getMessage());
                }
            }
        });
        addSerializer(EconomicCode.class, new JsonSerializer<EconomicCode>() {
            @Override
            public void serialize(EconomicCode value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(EconomicCode.class, new JsonDeserializer<EconomicCode>() {
            @Override
            public EconomicCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = p.getValueAsString();
                try {
                    return EconomicCode.of(Objects.requireNonNullElse(s, ""));
                } catch (IllegalArgumentException e) {
                    return (EconomicCode) ctxt.handleWeirdStringValue(EconomicCode.class, s, e.getMessage());
                }
            }
        });
    }
}
