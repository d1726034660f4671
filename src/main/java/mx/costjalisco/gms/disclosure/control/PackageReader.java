package mx.costjalisco.gms.disclosure.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OC4IDS project package by streaming: the package's own fields are collected, and each project is handed
 * over as soon as it is read, with the byte range it occupies in the file (so the publisher's JSON can be kept
 * exactly as received). Only one project is in memory at a time, whatever the size of the package.
 *
 * <p>CoST Jalisco's single-project exports carry {@code projects} as an object instead of an array; that is accepted
 * and said ({@link Envelope#projectsAsObject()}).
 */
public final class PackageReader {

    /** Receives each project in the order of the file; {@code index} counts from 0. */
    @FunctionalInterface
    public interface Listener {
        void project(int index, JsonNode project, long from, long to);
    }

    /** The package's fields other than its projects, and how its projects were given. */
    public record Envelope(ObjectNode fields, boolean projectsAsObject, int projects) {}

    private final JsonMapper mapper;

    public PackageReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads the package in the file; refuses an empty file, a file that is not JSON (with the line and column), and
     * JSON that is not a project package (not an object, or without {@code projects}).
     */
    public Envelope read(Path file, Listener listener) {
        try {
            if (Files.size(file) == 0) {
                throw new ImportRefused("disclosure.import.empty");
            }
        } catch (IOException e) {
            throw new ImportRefused(e, "disclosure.import.unreadable");
        }
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = mapper.createParser(in)) {
            return read(parser, listener);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new ImportRefused(
                    e,
                    "disclosure.import.notJson",
                    at == null ? "?" : String.valueOf(at.getLineNr()),
                    at == null ? "?" : String.valueOf(at.getColumnNr()));
        } catch (IOException e) {
            throw new ImportRefused(e, "disclosure.import.unreadable");
        }
    }

    private Envelope read(JsonParser parser, Listener listener) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ImportRefused("disclosure.import.empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ImportRefused("disclosure.import.notPackage");
        }
        ObjectNode fields = mapper.createObjectNode();
        boolean asObject = false;
        int count = -1;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("projects".equals(name) && count < 0) {
                if (value == JsonToken.START_ARRAY) {
                    count = 0;
                    JsonToken token;
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        long from = parser.currentTokenLocation().getByteOffset();
                        JsonNode project = mapper.readTree(parser); // a non-object is listed as invalid
                        long to = parser.currentLocation().getByteOffset();
                        listener.project(count++, project, from, to);
                    }
                } else if (value == JsonToken.START_OBJECT) {
                    asObject = true;
                    long from = parser.currentTokenLocation().getByteOffset();
                    JsonNode project = mapper.readTree(parser);
                    long to = parser.currentLocation().getByteOffset();
                    listener.project(0, project, from, to);
                    count = 1;
                } else {
                    throw new ImportRefused("disclosure.import.notPackage");
                }
            } else {
                fields.set(name, mapper.readTree(parser));
            }
        }
        if (count < 0) {
            throw new ImportRefused("disclosure.import.noProjects");
        }
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new ImportRefused(
                    "disclosure.import.notJson", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        }
        return new Envelope(fields, asObject, count);
    }
}
