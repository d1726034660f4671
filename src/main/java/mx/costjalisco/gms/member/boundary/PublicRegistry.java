package mx.costjalisco.gms.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.control.Composition;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.Sector;

/**
 * What the public may know of the registry on a day: institutions with the names and roles of their representatives,
 * and who holds the GMS's offices. By construction it carries no e-mail address, phone or note.
 */
public record PublicRegistry(
        LocalDate asOf, List<PublicInstitution> institutions, List<PublicOffice> offices, Composition composition)
        implements Serializable {

    public record PublicInstitution(
            Long id,
            String name,
            String acronym,
            Sector sector,
            InstitutionType type,
            boolean observer,
            LocalDate joinedOn,
            List<PublicRepresentative> representatives)
            implements Serializable {}

    public record PublicRepresentative(String name, AppointmentRole role, LocalDate since, boolean fictitious)
            implements Serializable {}

    public record PublicOffice(Office office, String name, String institution, LocalDate since, boolean fictitious)
            implements Serializable {}

    public List<PublicInstitution> institutionsOf(Sector sector) {
        return institutions.stream().filter(i -> i.sector() == sector).toList();
    }
}
