/**
 * cost-gms: the governance and work-plan system of CoST Jalisco's Multisectoral Group (GMS).
 *
 * <p>Packages are cut by feature ({@code member}, {@code account}, later {@code meeting}, {@code minutes},
 * {@code workplan}, {@code disclosure}); each holds its {@code entity}, {@code control} (logic without a
 * transaction of its own), {@code boundary} (transactional entry points and REST resources) and {@code web}
 * (Faces backing beans). {@code platform} holds what every feature uses and depends on no feature.
 */
package mx.costjalisco.gms;
