package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.costjalisco.gms.meeting.boundary.CalendarFeedService;
import mx.costjalisco.gms.meeting.entity.CalendarFeed;
import mx.costjalisco.gms.platform.web.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code meetings/feed.xhtml}: "Mi calendario" — the signed-in person's secret calendar address, to subscribe to the
 * sessions and liaison meetings from any calendar application. A new address revokes the old one.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    @Inject
    private CalendarFeedService service;

    @Inject
    private Messages messages;

    /** Read at load, not injected: a view-scoped bean must be serializable, and a config injection point is not. */
    private String publicUrl;

    private CalendarFeed feed;

    public void load() {
        publicUrl = ConfigProvider.getConfig().getValue("gms.public.url", String.class);
        feed = service.mine().orElse(null);
    }

    public void create() {
        boolean replacing = feed != null;
        feed = service.create();
        messages.info(replacing ? "myCalendar.replaced" : "myCalendar.created");
    }

    public void revoke() {
        service.revoke();
        feed = null;
        messages.info("myCalendar.revoked");
    }

    public boolean isActive() {
        return feed != null;
    }

    public CalendarFeed getFeed() {
        return feed;
    }

    /** The secret address; whoever has it sees the calendar, so it is shown only to its owner. */
    public String getPersonalUrl() {
        return feed == null ? "" : base() + "/calendar/personal/" + feed.getToken() + ".ics";
    }

    public String getPublicUrl() {
        return base() + "/calendar/gms.ics";
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
