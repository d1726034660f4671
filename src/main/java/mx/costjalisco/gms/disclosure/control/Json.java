package mx.costjalisco.gms.disclosure.control;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of disclosure: numbers kept exact (decimals as BigDecimal), so nothing is rounded on the way. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // projects are read one by one from one stream
            .build();

    private Json() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
