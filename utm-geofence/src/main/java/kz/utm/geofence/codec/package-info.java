/**
 * The zone definition formats: the stored {@code restricted_zones.definition_json} form read and
 * written by {@link kz.utm.geofence.codec.ZoneDefinitionCodec}.
 *
 * <p>The only package of the module that uses Jackson. The format is specified in
 * {@code docs/zone-definition-format.md}.
 */
package kz.utm.geofence.codec;
