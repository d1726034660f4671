package mx.costjalisco.gms.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.costjalisco.gms.member.boundary.CompositionService;
import mx.costjalisco.gms.member.boundary.PublicRegistry;
import mx.costjalisco.gms.member.entity.Sector;

/** {@code public/composition.xhtml}: the GMS's composition for anyone, without contact data. */
@Named
@RequestScoped
public class CompositionBacking {

    @Inject
    private CompositionService service;

    private PublicRegistry registry;

    @PostConstruct
    void init() {
        registry = service.publicRegistry();
    }

    public PublicRegistry getRegistry() {
        return registry;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }
}
