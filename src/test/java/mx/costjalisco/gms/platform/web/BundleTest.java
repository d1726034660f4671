package mx.costjalisco.gms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.disclosure.entity.EntityKind;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.mail.OutboxStatus;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import org.junit.jupiter.api.Test;

/** Every text a user reads exists in Spanish and in English, and Spanish is what es-MX gets. */
class BundleTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {
            "/mx/costjalisco/gms/i18n/messages", "/mx/costjalisco/gms/i18n/faces", "/ValidationMessages"
        }) {
            assertEquals(
                    new TreeSet<>(load(bundle + ".properties").stringPropertyNames()),
                    new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames()),
                    bundle);
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("/mx/costjalisco/gms/i18n/messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("i18n\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = used.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * The audit trail names a record's type by {@code audit.type.<class>} and each field of its {@code auditState()} by
     * {@code audit.field.<name>}; without them the page shows the code's own names ("PublishingEntity", "shortName").
     * Read from the sources: every class implementing {@code Auditable} (or {@code Tenure}) and every
     * {@code state.put("name", …)} it writes.
     */
    @Test
    void everyAuditedRecordAndFieldHasALabel() throws IOException {
        Set<String> keys = load("/mx/costjalisco/gms/i18n/messages.properties").stringPropertyNames();
        Pattern audited = Pattern.compile("class (\\w+)[^{]*implements[^{]*\\b(?:Auditable|Tenure)\\b");
        Pattern field = Pattern.compile("state\\.put\\(\"(\\w+)\"");
        Set<String> missing = new TreeSet<>();
        int records = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher type = audited.matcher(code);
                if (!type.find()) {
                    continue;
                }
                records++;
                if (!keys.contains("audit.type." + type.group(1))) {
                    missing.add("audit.type." + type.group(1));
                }
                Matcher name = field.matcher(code);
                while (name.find()) {
                    if (!keys.contains("audit.field." + name.group(1))) {
                        missing.add("audit.field." + name.group(1) + " (" + type.group(1) + ")");
                    }
                }
            }
        }
        assertTrue(records > 25, "the audited records were found: " + records);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyChoiceHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {LocaleBacking.SPANISH, LocaleBacking.ENGLISH}) {
            for (Class<? extends Enum<?>> type : Set.of(
                    Sector.class,
                    EntityKind.class,
                    AgreementStatus.class,
                    AutoCount.class,
                    InstitutionType.class,
                    AppointmentRole.class,
                    Office.class,
                    AuditAction.class,
                    OutboxStatus.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertTrue(!Bundle.label(locale, constant).startsWith("???"), constant + " in " + locale);
                }
            }
            for (String role : Roles.ALL) {
                assertTrue(!Bundle.text(locale, "Role." + role).startsWith("???"), role + " in " + locale);
            }
        }
    }

    @Test
    void outsideCodesAreNamedInThePagesLanguageAndUnknownOnesShowAsPublished() {
        assertEquals(
                "Transporte, Transporte por carretera",
                Bundle.codes(LocaleBacking.SPANISH, "oc4ids.projectSector", "transport, transport.road"));
        assertEquals(
                "Road transport, minería",
                Bundle.codes(LocaleBacking.ENGLISH, "oc4ids.projectSector", "transport.road,minería"));
        assertEquals("Ejecución", Bundle.codes(LocaleBacking.SPANISH, "oc4ids.projectStatus", "implementation"));
        assertEquals("", Bundle.codes(LocaleBacking.SPANISH, "oc4ids.projectStatus", null));
    }

    @Test
    void mexicanSpanishIsSpanishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Sector privado", Bundle.label(LocaleBacking.SPANISH, Sector.PRIVATE));
            assertEquals("Private sector", Bundle.label(LocaleBacking.ENGLISH, Sector.PRIVATE));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesInMessagesAreWrittenOutInTheReadersLanguage() {
        assertEquals(
                "La institución fue dada de baja el 3 de noviembre de 2021.",
                Bundle.text(LocaleBacking.SPANISH, "appointment.afterLeft", LocalDate.of(2021, 11, 3)));
        assertEquals(
                "The institution left on November 3, 2021.",
                Bundle.text(LocaleBacking.ENGLISH, "appointment.afterLeft", LocalDate.of(2021, 11, 3)));
    }
}
