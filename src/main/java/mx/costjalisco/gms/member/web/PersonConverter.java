package mx.costjalisco.gms.member.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import mx.costjalisco.gms.member.boundary.PersonService;
import mx.costjalisco.gms.member.entity.Person;

/** Turns a person picked in a form into its id and back. */
@FacesConverter(forClass = Person.class)
public class PersonConverter implements Converter<Person> {

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // looked up, not injected: Faces creates converters found by class itself
            return CDI.current()
                    .select(PersonService.class)
                    .get()
                    .find(Long.valueOf(value))
                    .orElse(null);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person person) {
        return person == null || person.getId() == null ? "" : person.getId().toString();
    }
}
