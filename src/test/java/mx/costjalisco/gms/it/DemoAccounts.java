package mx.costjalisco.gms.it;

/** The accounts the demo GMS creates (GMS_DEMO=true in the integration tests), one per role. */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo-CoST-2023";
    public static final String ADMIN = "admin@gms.test";
    public static final String ADMIN_PASSWORD = "Admin-Prueba-2023";
    public static final String SECRETARY = "secretaria@demo.example";
    public static final String MANAGER = "gerencia@demo.example";
    public static final String PRESIDENT = "presidencia@demo.example";
    public static final String MEMBER = "integrante@demo.example";
    public static final String LIAISON = "enlace@demo.example";
    /** Titular of the Colegio de Ingenieros Civiles, which misses every 2023 session in the demo. */
    public static final String ABSENT_MEMBER = "arturo.velazquez@demo.example";

    private DemoAccounts() {}

    public static String passwordOf(String email) {
        return ADMIN.equals(email) ? ADMIN_PASSWORD : PASSWORD;
    }
}
