package mx.costjalisco.gms.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import mx.costjalisco.gms.minutes.boundary.PublicMinutes;
import mx.costjalisco.gms.platform.files.LimitedInputStream;
import mx.costjalisco.gms.platform.web.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code public/verify.xhtml}: anyone uploads a PDF and learns whether it is, byte for byte, an approved acta of the
 * GMS (or its signed scan, or an addendum). Nothing uploaded is kept.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    @Inject
    private PublicMinutes minutes;

    @Inject
    private Messages messages;

    private transient Part file;
    private PublicMinutes.Verification result;
    private String fileName;

    public void verify() {
        result = null;
        if (file == null
                || file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank()) {
            messages.error("verifyForm:file", "upload.noFile");
            return;
        }
        int maxMegabytes = ConfigProvider.getConfig()
                .getOptionalValue("gms.upload.max-megabytes", Integer.class)
                .orElse(20);
        try (InputStream in = new LimitedInputStream(file.getInputStream(), maxMegabytes * 1024L * 1024L)) {
            byte[] content = in.readAllBytes();
            if (content.length == 0) {
                messages.error("verifyForm:file", "upload.empty");
                return;
            }
            fileName = file.getSubmittedFileName();
            result = minutes.verify(content);
        } catch (LimitedInputStream.TooLarge tooLarge) {
            messages.error("verifyForm:file", "upload.tooLarge", maxMegabytes);
        } catch (IOException unreadable) {
            messages.error("verifyForm:file", "upload.unreadable");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public PublicMinutes.Verification getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }
}
