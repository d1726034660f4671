package mx.costjalisco.gms.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import mx.costjalisco.gms.disclosure.entity.EntityKind;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Bundle;
import org.junit.jupiter.api.Test;

class EntityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

    private static EntityDraft entity() {
        EntityDraft draft = new EntityDraft();
        draft.setName("  Ayuntamiento de Tonalá ");
        draft.setKind(EntityKind.MUNICIPALITY);
        draft.setPartyId("MX-MUN-14101");
        draft.setJoinedOn(LocalDate.of(2023, 5, 2));
        draft.setShortName(" ");
        return draft;
    }

    private static AgreementDraft agreement() {
        AgreementDraft draft = new AgreementDraft();
        draft.setTitle("Convenio 2023");
        draft.setProjectsPerQuarter(5);
        return draft;
    }

    private static String refusal(Runnable check) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, check::run);
        return refused.getField() + ": "
                + Bundle.text(Bundle.RECORD_LOCALE, refused.getMessageKey(), refused.getArguments());
    }

    @Test
    void aValidEntityIsKeptTrimmed() {
        EntityDraft checked = EntityRules.check(entity(), TODAY);
        assertEquals("Ayuntamiento de Tonalá", checked.getName());
        assertNull(checked.getShortName(), "a blank short name is no short name");
    }

    @Test
    void anEntityNeedsItsNameKindAndDayItJoined() {
        EntityDraft noName = entity();
        noName.setName(" ");
        assertEquals("name: Escriba el nombre de la entidad.", refusal(() -> EntityRules.check(noName, TODAY)));
        EntityDraft noKind = entity();
        noKind.setKind(null);
        assertEquals("kind: Elija el tipo de entidad.", refusal(() -> EntityRules.check(noKind, TODAY)));
        EntityDraft future = entity();
        future.setJoinedOn(TODAY.plusDays(1));
        assertEquals(
                "joinedOn: La fecha en que se sumó no puede ser posterior a hoy.",
                refusal(() -> EntityRules.check(future, TODAY)));
        EntityDraft badId = entity();
        badId.setPartyId("MX MUN 14101");
        assertEquals(
                "partyId",
                assertThrows(BusinessRuleException.class, () -> EntityRules.check(badId, TODAY))
                        .getField());
    }

    @Test
    void negativeProjectsPerQuarterAreRefused() {
        AgreementDraft draft = agreement();
        draft.setProjectsPerQuarter(-1);
        assertEquals(
                "projectsPerQuarter: Los proyectos por trimestre no pueden ser negativos.",
                refusal(() -> EntityRules.check(draft, null)));
        draft.setProjectsPerQuarter(0);
        assertDoesNotThrow(() -> EntityRules.check(draft, null));
    }

    @Test
    void anAgreementCannotEndBeforeItWasSigned() {
        AgreementDraft draft = agreement();
        draft.setValidUntil(LocalDate.of(2023, 2, 1));
        assertEquals(
                "validUntil: La vigencia no puede terminar antes de la firma del convenio.",
                refusal(() -> EntityRules.check(draft, LocalDate.of(2023, 2, 14))));
        assertDoesNotThrow(() -> EntityRules.check(draft, null), "a draft has no signature day yet");
        assertEquals(
                "validUntil: La vigencia no puede terminar antes de la firma del convenio.",
                refusal(() -> EntityRules.signature(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 1), TODAY)));
    }

    @Test
    void aSignatureIsDatedNotInTheFuture() {
        assertEquals(
                "signedOn: La fecha de firma no puede ser posterior a hoy.",
                refusal(() -> EntityRules.signature(TODAY.plusDays(1), null, TODAY)));
        assertEquals(
                "signedOn: Indique la fecha de firma del convenio.",
                refusal(() -> EntityRules.signature(null, null, TODAY)));
        assertDoesNotThrow(() -> EntityRules.signature(TODAY, TODAY, TODAY));
    }

    @Test
    void theSignedAgreementIsAPdf() {
        assertEquals(
                "document: El convenio firmado debe ser un archivo PDF.",
                refusal(() -> EntityRules.pdfOnly("convenio.docx")));
        assertDoesNotThrow(() -> EntityRules.pdfOnly("Convenio Firmado.PDF"));
    }

    @Test
    void aReasonIsRequired() {
        assertEquals("reason: Escriba el motivo.", refusal(() -> EntityRules.reason("  ", 500)));
        assertEquals("Cambio de administración", EntityRules.reason(" Cambio de administración ", 500));
    }
}
