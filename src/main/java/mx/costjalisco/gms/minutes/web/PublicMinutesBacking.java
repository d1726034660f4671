package mx.costjalisco.gms.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.costjalisco.gms.minutes.boundary.PublicMinutes;

/** {@code public/minutes.xhtml}: the approved minutes for anyone, with their PDF and SHA-256. */
@Named
@RequestScoped
public class PublicMinutesBacking {

    @Inject
    private PublicMinutes minutes;

    private List<PublicMinutes.PublishedMinutes> published;

    public List<PublicMinutes.PublishedMinutes> getPublished() {
        if (published == null) {
            published = minutes.published();
        }
        return published;
    }
}
