package kz.utm.geofence.codec;

import static kz.utm.core.zone.NfzGeometryType.CIRCLE;
import static kz.utm.core.zone.NfzGeometryType.POLYGON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;
import kz.utm.core.zone.NfzGeometryType;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.core.zone.ZoneGeometry.Circle;
import kz.utm.core.zone.ZoneGeometry.Polygon;

class ZoneDefinitionCodecTest {

    private static final String SQUARE = "[[0,0],[10,0],[10,10],[0,10],[0,0]]";
    private static final String HOLE = "[[2,2],[2,4],[4,4],[4,2],[2,2]]";

    private final ZoneDefinitionCodec codec = new ZoneDefinitionCodec();

    /** JSON written with single quotes, for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String polygon(String... rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + String.join(",", rings) + "]}";
    }

    private ValidationException rejection(NfzGeometryType type, String definition) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> codec.read(type, definition));
        assertThat(e).as("a ValidationException for %s", definition).isNotNull();
        return e;
    }

    /** The single error the definition is rejected with. */
    private FieldError onlyError(NfzGeometryType type, String definition) {
        List<FieldError> errors = rejection(type, definition).errors();
        assertThat(errors).as("errors for %s", definition).hasSize(1);
        return errors.get(0);
    }

    private static void assertError(FieldError error, String field, String... fragments) {
        assertThat(error.field()).as("field of %s", error).isEqualTo(field);
        assertThat(error.message()).as("message of %s", error).contains(fragments);
    }

    private static List<GeoPoint> ring(double... lonLat) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(GeoPoint.of(lonLat[i + 1], lonLat[i]));
        }
        return ring;
    }

    @Nested
    class Circles {

        @Test
        void readsCentreAndRadius() {
            ZoneGeometry geometry = codec.read(CIRCLE, json("{'center':{'lat':43.25,'lon':76.95},'radius_m':500}"));

            assertThat(geometry).isEqualTo(new Circle(GeoPoint.of(43.25, 76.95), 500));
        }

        @Test
        void readsMembersInAnyOrderAndWithWhiteSpace() {
            ZoneGeometry geometry = codec.read(CIRCLE,
                    json(" {\n 'radius_m' : 1.5e3 ,\t'center': { 'lon': -0.5, 'lat': -33 } }\n"));

            assertThat(geometry).isEqualTo(new Circle(GeoPoint.of(-33, -0.5), 1500));
        }

        @Test
        void acceptsTheLargestRadius() {
            ZoneGeometry geometry = codec.read(CIRCLE, json("{'center':{'lat':90,'lon':-180},'radius_m':50000}"));

            assertThat(geometry).isEqualTo(new Circle(GeoPoint.of(90, -180), ZoneGeometry.MAX_RADIUS_METRES));
        }

        @Test
        void rejectsAStringWhereANumberBelongs() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':'43.25','lon':76.95},'radius_m':500}")),
                    "definitionJson/center/lat", "must be a number", "was a string");
        }

        @Test
        void rejectsNullAndBooleanWhereANumberBelongs() {
            List<FieldError> errors = rejection(CIRCLE,
                    json("{'center':{'lat':null,'lon':true},'radius_m':[500]}")).errors();

            assertThat(errors).extracting(FieldError::field).containsExactly(
                    "definitionJson/center/lat", "definitionJson/center/lon", "definitionJson/radius_m");
            assertThat(errors.get(0).message()).contains("was null");
            assertThat(errors.get(1).message()).contains("was a boolean");
            assertThat(errors.get(2).message()).contains("was an array");
        }

        @Test
        void rejectsACentreThatIsNotAnObject() {
            assertError(onlyError(CIRCLE, json("{'center':[76.95,43.25],'radius_m':500}")),
                    "definitionJson/center", "must be an object", "was an array");
        }

        @Test
        void rejectsAMissingRadius() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':43.25,'lon':76.95}}")),
                    "definitionJson/radius_m", "is required");
        }

        @Test
        void rejectsAMissingCentre() {
            assertError(onlyError(CIRCLE, json("{'radius_m':500}")), "definitionJson/center", "is required");
        }

        @Test
        void rejectsAMissingLatitudeAndLongitude() {
            List<FieldError> errors = rejection(CIRCLE, json("{'center':{},'radius_m':500}")).errors();

            assertThat(errors).extracting(FieldError::field)
                    .containsExactly("definitionJson/center/lat", "definitionJson/center/lon");
            assertThat(errors).allSatisfy(error -> assertThat(error.message()).contains("is required"));
        }

        @Test
        void rejectsUnknownMembersAtEveryLevel() {
            List<FieldError> errors = rejection(CIRCLE,
                    json("{'center':{'lat':1,'lon':2,'alt':3},'radius_m':500,'colour':'red'}")).errors();

            assertThat(errors).extracting(FieldError::field)
                    .containsExactly("definitionJson/center/alt", "definitionJson/colour");
            assertThat(errors.get(0).message()).contains("is not a member of center");
            assertThat(errors.get(1).message()).contains("is not a member of a circle definition");
        }

        @Test
        void escapesMemberNamesInThePointer() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':500,'a/b~c':0}")),
                    "definitionJson/a~1b~0c", "is not a member");
        }

        @Test
        void rejectsALatitudeOutOfRange() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':90.000001,'lon':0},'radius_m':500}")),
                    "definitionJson/center/lat", "[-90, 90]", "90.000001");
        }

        @Test
        void rejectsALongitudeOutOfRange() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':0,'lon':-180.5},'radius_m':500}")),
                    "definitionJson/center/lon", "[-180, 180]", "-180.5");
        }

        @Test
        void rejectsAZeroRadius() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':0,'lon':0},'radius_m':0}")),
                    "definitionJson/radius_m", "(0, 50000]", "was 0.0");
        }

        @Test
        void rejectsANegativeRadius() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':0,'lon':0},'radius_m':-1}")),
                    "definitionJson/radius_m", "(0, 50000]", "was -1.0");
        }

        @Test
        void rejectsARadiusAboveTheMaximum() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':0,'lon':0},'radius_m':50000.001}")),
                    "definitionJson/radius_m", "(0, 50000]", "50000.001");
        }

        @Test
        void rejectsANumberTooLargeForADoubleAsNotFinite() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':0,'lon':0},'radius_m':1e400}")),
                    "definitionJson/radius_m", "must be a finite number", "1e400");
        }

        @Test
        void rejectsAnIntegerTooLargeForADoubleAsNotFinite() {
            String huge = "9".repeat(400);
            assertError(onlyError(CIRCLE, json("{'center':{'lat':" + huge + ",'lon':0},'radius_m':5}")),
                    "definitionJson/center/lat", "must be a finite number");
        }

        @Test
        void reportsEveryProblemTogether() {
            List<FieldError> errors = rejection(CIRCLE,
                    json("{'center':{'lat':-91,'lon':'east'},'radius_m':0,'extra':1}")).errors();

            assertThat(errors).extracting(FieldError::field).containsExactly("definitionJson/center/lat",
                    "definitionJson/center/lon", "definitionJson/extra", "definitionJson/radius_m");
        }

        @Test
        void rejectsAPolygonWhenTheTypeIsCircle() {
            assertError(onlyError(CIRCLE, polygon(SQUARE)),
                    "definitionJson", "does not match geometry_type CIRCLE", "GeoJSON \"Polygon\"");
        }
    }

    @Nested
    class MalformedJson {

        @Test
        void rejectsUnparseableJsonAtTheRoot() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':500")),
                    "definitionJson", "cannot be parsed as strict JSON", "line 1, column");
        }

        @Test
        void rejectsAnEmptyDefinition() {
            assertError(onlyError(POLYGON, "  "), "definitionJson", "is empty");
        }

        @Test
        void rejectsAValueThatIsNotAnObject() {
            assertError(onlyError(POLYGON, "[[0,0],[1,0],[1,1],[0,0]]"),
                    "definitionJson", "must be a JSON object", "was an array");
        }

        @Test
        void rejectsNaNAsAToken() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':NaN,'lon':2},'radius_m':500}")),
                    "definitionJson", "cannot be parsed as strict JSON", "NaN");
        }

        @Test
        void rejectsInfinityAsAToken() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':Infinity}")),
                    "definitionJson", "cannot be parsed as strict JSON", "Infinity");
        }

        @Test
        void saysNothingOfJacksonsConfiguration() {
            List<String> definitions = List.of(
                    json("{'center':{'lat':1,'lon':2},'radius_m':-Infinity}"),
                    json("{'center':{'lat':1,'lon':2},/* here */'radius_m':500}"),
                    json("{'center':{'lat':1,'lon':2},'radius_m':500"),
                    json("{'center':{'lat':1,'lon':2},'radius_m':" + "1".repeat(2000) + "}"),
                    json("{'type':'Polygon','coordinates':" + "[".repeat(100) + "]".repeat(100) + "}"));

            for (String definition : definitions) {
                assertThat(onlyError(CIRCLE, definition).message()).as(definition)
                        .contains("cannot be parsed as strict JSON")
                        .doesNotContain("enable", "Feature", "`", "Source", "REDACTED");
            }
        }

        @Test
        void rejectsDuplicateMembers() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lat':2,'lon':2},'radius_m':500}")),
                    "definitionJson", "cannot be parsed as strict JSON", "lat");
        }

        @Test
        void rejectsComments() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},/* here */'radius_m':500}")),
                    "definitionJson", "cannot be parsed as strict JSON");
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':500} // here")),
                    "definitionJson", "cannot be parsed as strict JSON");
        }

        @Test
        void rejectsASecondValueAfterTheFirst() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':500} {}")),
                    "definitionJson", "cannot be parsed as strict JSON", "more after the value");
        }

        @Test
        void rejectsTrailingGarbage() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':1,'lon':2},'radius_m':500}]")),
                    "definitionJson", "cannot be parsed as strict JSON");
        }

        @Test
        void rejectsTrailingCommasAndSingleQuotes() {
            assertError(onlyError(CIRCLE, "{\"center\":{\"lat\":1,\"lon\":2,},\"radius_m\":500}"),
                    "definitionJson", "cannot be parsed as strict JSON");
            assertError(onlyError(CIRCLE, "{'center':{'lat':1,'lon':2},'radius_m':500}"),
                    "definitionJson", "cannot be parsed as strict JSON");
        }

        @Test
        void reportsMalformedJsonAloneEvenWhenTheContentIsAlsoWrong() {
            assertError(onlyError(CIRCLE, json("{'center':{'lat':500},'radius_m':-1,'x':1,")),
                    "definitionJson", "cannot be parsed as strict JSON");
        }

        @Test
        void rejectsAPolygonCutOffInTheMiddle() {
            assertError(onlyError(POLYGON, "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,"),
                    "definitionJson", "cannot be parsed as strict JSON", "end-of-input");
        }

        @Test
        void rejectsNestingFarDeeperThanTheFormat() {
            String deep = "[".repeat(1000) + "]".repeat(1000);
            assertError(onlyError(POLYGON, "{\"type\":\"Polygon\",\"coordinates\":" + deep + "}"),
                    "definitionJson", "cannot be parsed as strict JSON");
        }
    }

    @Nested
    class Polygons {

        @Test
        void readsLongitudeBeforeLatitude() {
            ZoneGeometry geometry = codec.read(POLYGON, polygon("[[76,43],[77,43],[77,44],[76,43]]"));

            assertThat(geometry).isEqualTo(Polygon.of(ring(76, 43, 77, 43, 77, 44, 76, 43)));
        }

        @Test
        void readsHolesInOrder() {
            String hole2 = "[[6,6],[6,8],[8,8],[8,6],[6,6]]";

            ZoneGeometry geometry = codec.read(POLYGON, polygon(SQUARE, HOLE, hole2));

            assertThat(geometry).isEqualTo(new Polygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0),
                    List.of(ring(2, 2, 2, 4, 4, 4, 4, 2, 2, 2), ring(6, 6, 6, 8, 8, 8, 8, 6, 6, 6))));
        }

        @Test
        void readsMembersInAnyOrder() {
            ZoneGeometry geometry = codec.read(POLYGON, "{\"coordinates\": [" + SQUARE + "], \"type\": \"Polygon\"}");

            assertThat(geometry).isEqualTo(Polygon.of(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0)));
        }

        @Test
        void readsTextAsADatabaseReprintsIt() {
            String reprinted = "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10.0, 0.00000010], "
                    + "[10, 1E+1], [0, 10], [0, 0]]]}";

            assertThat(codec.read(POLYGON, reprinted))
                    .isEqualTo(Polygon.of(ring(0, 0, 10, 1.0E-7, 10, 10, 0, 10, 0, 0)));
        }

        @Test
        void failsTheDocumentedExampleWithThreeErrors() {
            List<FieldError> errors = rejection(POLYGON,
                    json("{'type': 'Polygon', 'id': 7, 'coordinates': [[[200, 0], [10, 'x'], [10, 10], [0, 0]]]}"))
                    .errors();

            assertThat(errors).containsExactly(
                    new FieldError("definitionJson/coordinates/0/0/0",
                            "is a longitude and must be in [-180, 180], was 200.0"),
                    new FieldError("definitionJson/coordinates/0/1/1", "must be a number, was a string"),
                    new FieldError("definitionJson/id",
                            "is not a member of a stored polygon definition, which has only \"type\" and \"coordinates\""));
        }

        @Test
        void acceptsEitherWindingOrder() {
            assertThat(codec.read(POLYGON, polygon("[[0,0],[0,10],[10,10],[10,0],[0,0]]", "[[2,2],[4,2],[4,4],[2,4],[2,2]]")))
                    .isInstanceOf(Polygon.class);
        }

        @Test
        void keepsConsecutiveDuplicatePositions() {
            ZoneGeometry geometry = codec.read(POLYGON, polygon("[[0,0],[10,0],[10,0],[10,10],[0,10],[0,0]]"));

            assertThat(((Polygon) geometry).shell()).hasSize(6);
            assertThat(codec.write(geometry)).isEqualTo(polygon("[[0.0,0.0],[10.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]]"));
        }

        @Test
        void acceptsAHoleTouchingTheOuterRingAtOnePoint() {
            assertThat(codec.read(POLYGON, polygon(SQUARE, "[[0,5],[2,4],[2,6],[0,5]]"))).isInstanceOf(Polygon.class);
        }

        @Test
        void closesARingWhoseEndsDifferOnlyInTheSignOfZero() {
            Polygon geometry = (Polygon) codec.read(POLYGON, polygon("[[-0.0,0],[10,0],[10,10],[0,0]]"));

            assertThat(geometry.shell().get(3)).isEqualTo(geometry.shell().get(0));
        }

        @Test
        void rejectsAnotherGeoJsonType() {
            assertError(onlyError(POLYGON, json("{'type':'MultiPolygon','coordinates':[[" + SQUARE + "]]}")),
                    "definitionJson/type", "must be \"Polygon\"", "\"MultiPolygon\"", "zone of its own");
            assertError(onlyError(POLYGON, json("{'type':'Point','coordinates':[76.9,43.2]}")),
                    "definitionJson/type", "must be \"Polygon\"", "\"Point\"");
        }

        @Test
        void rejectsAFeature() {
            assertError(onlyError(POLYGON, json("{'type':'Feature'}")), "definitionJson/type", "\"Feature\"",
                    "not a container");
        }

        @Test
        void rejectsTheTypeInTheWrongCase() {
            assertError(onlyError(POLYGON, json("{'type':'polygon','coordinates':[" + SQUARE + "]}")),
                    "definitionJson/type", "case-sensitive");
        }

        @Test
        void rejectsATypeThatIsNotAString() {
            assertError(onlyError(POLYGON, json("{'type':7,'coordinates':[" + SQUARE + "]}")),
                    "definitionJson/type", "must be the string \"Polygon\"", "was a number");
        }

        @Test
        void rejectsACircleWhenTheTypeIsPolygon() {
            assertError(onlyError(POLYGON, json("{'center':{'lat':43.25,'lon':76.95},'radius_m':500}")),
                    "definitionJson", "does not match geometry_type POLYGON", "circle");
        }

        @Test
        void rejectsAMissingType() {
            assertError(onlyError(POLYGON, json("{'coordinates':[" + SQUARE + "]}")), "definitionJson/type", "is required");
        }

        @Test
        void rejectsMissingCoordinates() {
            assertError(onlyError(POLYGON, json("{'type':'Polygon'}")), "definitionJson/coordinates", "is required");
        }

        @Test
        void rejectsCoordinatesThatAreNotAnArray() {
            assertError(onlyError(POLYGON, json("{'type':'Polygon','coordinates':'0,0 1,0 1,1 0,0'}")),
                    "definitionJson/coordinates", "must be an array of rings", "was a string");
        }

        @Test
        void rejectsAPolygonWithoutRings() {
            assertError(onlyError(POLYGON, polygon()), "definitionJson/coordinates", "at least one ring");
        }

        @Test
        void rejectsExtraMembers() {
            assertError(onlyError(POLYGON, json("{'type':'Polygon','bbox':[0,0,10,10],'coordinates':[" + SQUARE + "]}")),
                    "definitionJson/bbox", "is not a member", "only \"type\" and \"coordinates\"");
        }

        @Test
        void rejectsARingThatIsNotAnArray() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "{}")), "definitionJson/coordinates/1", "must be a ring",
                    "was an object");
        }

        @Test
        void rejectsAPositionThatIsNotAnArray() {
            assertError(onlyError(POLYGON, polygon("[[0,0],5,[10,10],[0,10],[0,0]]")),
                    "definitionJson/coordinates/0/1", "must be a position [longitude, latitude]", "was a number");
        }

        @Test
        void rejectsAStringWhereACoordinateBelongs() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,'0'],[10,10],[0,10],[0,0]]".replace('\'', '"'))),
                    "definitionJson/coordinates/0/1/1", "must be a number", "was a string");
        }

        @Test
        void rejectsAnAltitude() {
            assertError(onlyError(POLYGON, polygon("[[0,0,100],[10,0],[10,10],[0,10],[0,0]]")),
                    "definitionJson/coordinates/0/0", "has 3 numbers", "altitude");
        }

        @Test
        void rejectsAPositionWithOneNumber() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10],[10,10],[0,10],[0,0]]")),
                    "definitionJson/coordinates/0/1", "has 1 number", "needs two");
        }

        @Test
        void rejectsALongitudeOutOfRange() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[180.5,0],[10,10],[0,0]]")),
                    "definitionJson/coordinates/0/1/0", "longitude", "[-180, 180]", "180.5");
        }

        @Test
        void rejectsALatitudeOutOfRange() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[2,2],[2,-90.5],[4,4],[2,2]]")),
                    "definitionJson/coordinates/1/1/1", "latitude", "[-90, 90]", "-90.5");
        }

        @Test
        void rejectsACoordinateTooLargeForADouble() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,0],[10,-1e400],[0,0]]")),
                    "definitionJson/coordinates/0/2/1", "must be a finite number", "-1e400");
        }

        @Test
        void reportsEveryBadCoordinate() {
            List<FieldError> errors = rejection(POLYGON,
                    polygon("[[200,0],[10,'x'],[10,95],[0,10],[0,0]]".replace('\'', '"'), "[[1,1],[2],[1,1]]")).errors();

            assertThat(errors).extracting(FieldError::field).containsExactly(
                    "definitionJson/coordinates/0/0/0", "definitionJson/coordinates/0/1/1",
                    "definitionJson/coordinates/0/2/1", "definitionJson/coordinates/1/1");
        }

        @Test
        void reportsProblemsOfSeveralKindsTogether() {
            List<FieldError> errors = rejection(POLYGON,
                    json("{'type':'Polygon','id':1,'coordinates':[[[0,0],[10,0],[10,10],[0,10]],"
                            + "[[2,2],[2,4],[4,2],[4,4],[2,2]]]}")).errors();

            assertThat(errors).extracting(FieldError::field).containsExactly(
                    "definitionJson/coordinates/0", "definitionJson/coordinates/1", "definitionJson/id");
        }

        @Test
        void rejectsAnUnclosedRing() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,0],[10,10],[0,10]]")),
                    "definitionJson/coordinates/0", "is not closed", "[0.0, 10.0]", "[0.0, 0.0]");
        }

        @Test
        void rejectsARingOfFewerThanFourPositions() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,0],[0,0]]")),
                    "definitionJson/coordinates/0", "has 3 positions", "at least 4");
        }

        @Test
        void rejectsARingOfFewerThanThreeDistinctPositions() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[1,1],[0,0],[1,1],[0,0]]")),
                    "definitionJson/coordinates/0", "only 2 distinct positions", "no area");
        }

        @Test
        void rejectsARingOfOnePositionRepeated() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[3,3],[3,3],[3,3],[3,3]]")),
                    "definitionJson/coordinates/1", "only 1 distinct position", "no area");
        }

        @Test
        void rejectsARingOfZeroArea() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[1,0],[2,0],[0,0]]")),
                    "definitionJson/coordinates/0", "on one straight line", "no area");
        }

        @Test
        void rejectsASelfIntersectingRing() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,10],[10,0],[0,10],[0,0]]")),
                    "definitionJson/coordinates/0", "crosses or touches itself", "[5.0, 5.0]");
        }

        @Test
        void rejectsARingThatTouchesItself() {
            assertError(onlyError(POLYGON, polygon("[[0,0],[10,0],[5,5],[10,10],[0,10],[5,5],[0,0]]")),
                    "definitionJson/coordinates/0", "crosses or touches itself", "[5.0, 5.0]");
        }

        @Test
        void rejectsASelfIntersectingHole() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[2,2],[4,4],[4,2],[2,4],[2,2]]")),
                    "definitionJson/coordinates/1", "crosses or touches itself", "[3.0, 3.0]");
        }

        @Test
        void rejectsAHoleOutsideTheOuterRing() {
            assertError(onlyError(POLYGON, polygon(SQUARE, HOLE, "[[20,20],[20,22],[22,22],[22,20],[20,20]]")),
                    "definitionJson/coordinates/2", "lies outside the outer ring");
        }

        @Test
        void rejectsAHoleOutsideTheOuterRingTouchingIt() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[10,5],[12,4],[12,6],[10,5]]")),
                    "definitionJson/coordinates/1", "lies outside the outer ring");
        }

        @Test
        void rejectsAHoleCrossingTheOuterRing() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[8,8],[12,8],[12,9],[8,9],[8,8]]")),
                    "definitionJson/coordinates/1", "crosses or overlaps the outer ring", "near [10.0,");
        }

        @Test
        void rejectsAHoleThatSplitsTheZoneWithTheOuterRing() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[0,2],[5,5],[0,8],[3,5],[0,2]]")),
                    "definitionJson/coordinates/1", "touches the outer ring at more than one point");
        }

        @Test
        void rejectsOverlappingHoles() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[2,2],[5,2],[5,5],[2,5],[2,2]]",
                            "[[4,4],[7,4],[7,7],[4,7],[4,4]]")),
                    "definitionJson/coordinates/2", "crosses or overlaps hole 1");
        }

        @Test
        void rejectsNestedHoles() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[3,3],[4,3],[4,4],[3,4],[3,3]]",
                            "[[1,1],[8,1],[8,8],[1,8],[1,1]]")),
                    "definitionJson/coordinates/1", "lies inside hole 2");
        }

        @Test
        void rejectsHolesThatTogetherSplitTheZone() {
            assertError(onlyError(POLYGON, polygon(SQUARE, "[[0,5],[2.5,4],[5,5],[2.5,6],[0,5]]",
                            "[[5,5],[7.5,4],[10,5],[7.5,6],[5,5]]")),
                    "definitionJson/coordinates", "split in parts");
        }

        @Test
        void reportsEveryBadHole() {
            List<FieldError> errors = rejection(POLYGON, polygon(SQUARE, HOLE,
                    "[[20,20],[20,22],[22,22],[22,20],[20,20]]", "[[8,8],[12,8],[12,9],[8,9],[8,8]]",
                    "[[3,3],[3.5,3],[3.5,3.5],[3,3.5],[3,3]]")).errors();

            assertThat(errors).extracting(FieldError::field).containsExactly(
                    "definitionJson/coordinates/2", "definitionJson/coordinates/3");
        }

        @Test
        void rejectsAnEdgeAcrossTheAntimeridian() {
            List<FieldError> errors = rejection(POLYGON, polygon("[[179,0],[-179,0],[-179,1],[179,1],[179,0]]")).errors();

            assertThat(errors).extracting(FieldError::field)
                    .containsExactly("definitionJson/coordinates/0/1", "definitionJson/coordinates/0/3");
            assertThat(errors.get(0).message()).contains("more than 180 degrees", "antimeridian", "split");
        }

        @Test
        void acceptsAZoneEndingAtTheAntimeridian() {
            assertThat(codec.read(POLYGON, polygon("[[170,0],[180,0],[180,1],[170,1],[170,0]]")))
                    .isInstanceOf(Polygon.class);
            assertThat(codec.read(POLYGON, polygon("[[-180,0],[-170,0],[-170,1],[-180,1],[-180,0]]")))
                    .isInstanceOf(Polygon.class);
        }
    }

    @Nested
    class Limits {

        @Test
        void rejectsADefinitionLongerThanTheLimit() {
            String circle = json("{'center':{'lat':1,'lon':2},'radius_m':500}");
            String atLimit = circle + " ".repeat(ZoneDefinitionCodec.MAX_DEFINITION_LENGTH - circle.length());

            assertThat(codec.read(CIRCLE, atLimit)).isInstanceOf(Circle.class);
            assertError(onlyError(CIRCLE, atLimit + " "), "definitionJson",
                    "is " + (ZoneDefinitionCodec.MAX_DEFINITION_LENGTH + 1) + " characters long", "limit");
        }

        @Test
        void acceptsAPolygonOfTheMostPositions() {
            List<GeoPoint> shell = regularRing(ZoneDefinitionCodec.MAX_POSITIONS, 43, 77, 1);

            String definition = codec.write(Polygon.of(shell));

            assertThat(codec.read(POLYGON, definition)).isEqualTo(Polygon.of(shell));
        }

        @Test
        void rejectsAPolygonOfMorePositions() {
            List<GeoPoint> shell = regularRing(ZoneDefinitionCodec.MAX_POSITIONS - 3, 43, 77, 1);
            String hole = "[[77,43],[77,43.1],[77.1,43.1],[77,43]]";
            String definition = polygon(positions(shell), hole);

            assertError(onlyError(POLYGON, definition), "definitionJson/coordinates",
                    "has " + (ZoneDefinitionCodec.MAX_POSITIONS + 1) + " positions", "limit");
        }

        @Test
        void refusesToWriteAPolygonOfMorePositions() {
            Polygon tooBig = Polygon.of(regularRing(ZoneDefinitionCodec.MAX_POSITIONS + 1, 43, 77, 1));

            ValidationException e = catchThrowableOfType(ValidationException.class, () -> codec.write(tooBig));

            assertThat(e.errors()).singleElement().satisfies(error -> assertError(error,
                    "definitionJson/coordinates", "has " + (ZoneDefinitionCodec.MAX_POSITIONS + 1) + " positions"));
        }

        @Test
        void writesTheMostPositionsAtFullPrecisionWithinTheLengthLimit() {
            long seed = RandomSeeds.next();
            SplittableRandom random = new SplittableRandom(seed);
            // Longitudes and latitudes of 17 significant digits and a sign: about the longest a position gets.
            List<GeoPoint> shell = wobblyRing(random, ZoneDefinitionCodec.MAX_POSITIONS, -89.5, -179.5, 0.4);

            String definition = codec.write(Polygon.of(shell));

            assertThat(definition.length()).as("seed %d", seed).isLessThanOrEqualTo(ZoneDefinitionCodec.MAX_DEFINITION_LENGTH);
            assertThat(codec.read(POLYGON, definition)).as("seed %d", seed).isEqualTo(Polygon.of(shell));
        }

        @Test
        void listsTheFirstHundredProblemsAndCountsTheRest() {
            String ring = IntStream.range(0, 150).mapToObj(i -> "[200,0]").collect(Collectors.joining(",", "[", "]"));

            List<FieldError> errors = rejection(POLYGON, polygon(ring)).errors();

            assertThat(errors).hasSize(ZoneDefinitionCodec.MAX_REPORTED_ERRORS + 1);
            assertError(errors.get(0), "definitionJson", "has 50 more problems, not listed");
        }

        private List<GeoPoint> regularRing(int positions, double lat, double lon, double radiusDegrees) {
            List<GeoPoint> ring = new ArrayList<>(positions);
            int corners = positions - 1;
            for (int i = 0; i < corners; i++) {
                double angle = 2 * Math.PI * i / corners;
                ring.add(GeoPoint.of(lat + radiusDegrees * Math.sin(angle), lon + radiusDegrees * Math.cos(angle)));
            }
            ring.add(ring.get(0));
            return ring;
        }

        /** A closed ring around a centre, concave in seven lobes, each position's digits made random. */
        private List<GeoPoint> wobblyRing(SplittableRandom random, int positions, double lat, double lon, double radius) {
            List<GeoPoint> ring = new ArrayList<>(positions);
            int corners = positions - 1;
            for (int i = 0; i < corners; i++) {
                double angle = 2 * Math.PI * (i + random.nextDouble(-0.01, 0.01)) / corners;
                double distance = radius * (0.8 + 0.15 * Math.sin(7 * angle));
                ring.add(GeoPoint.of(lat + distance * Math.sin(angle), lon + distance * Math.cos(angle)));
            }
            ring.add(ring.get(0));
            return ring;
        }

        private String positions(List<GeoPoint> ring) {
            return ring.stream().map(p -> "[" + p.longitude() + "," + p.latitude() + "]")
                    .collect(Collectors.joining(",", "[", "]"));
        }
    }

    @Nested
    class Writing {

        @Test
        void writesACircleCanonically() {
            assertThat(codec.write(new Circle(GeoPoint.of(43.25, 76.95), 500)))
                    .isEqualTo(json("{'center':{'lat':43.25,'lon':76.95},'radius_m':500.0}"));
        }

        @Test
        void writesAPolygonCanonically() {
            Polygon polygon = new Polygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), List.of(ring(2, 2, 2, 4, 4, 4, 4, 2, 2, 2)));

            assertThat(codec.write(polygon)).isEqualTo(json("{'type':'Polygon','coordinates':["
                    + "[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]],"
                    + "[[2.0,2.0],[2.0,4.0],[4.0,4.0],[4.0,2.0],[2.0,2.0]]]}"));
        }

        @Test
        void writesTheShortestNumberThatReadsBack() {
            Circle circle = new Circle(GeoPoint.of(1.0E-7, -0.1), 1.0E-5);

            assertThat(codec.write(circle)).isEqualTo(json("{'center':{'lat':1.0E-7,'lon':-0.1},'radius_m':1.0E-5}"));
        }

        @Test
        void refusesToWriteASelfIntersectingPolygon() {
            Polygon bowTie = Polygon.of(ring(0, 0, 10, 10, 10, 0, 0, 10, 0, 0));

            ValidationException e = catchThrowableOfType(ValidationException.class, () -> codec.write(bowTie));

            assertThat(e.errors()).singleElement().satisfies(error ->
                    assertError(error, "definitionJson/coordinates/0", "crosses or touches itself"));
        }

        @Test
        void refusesToWriteAHoleOutsideTheOuterRing() {
            Polygon polygon = new Polygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0),
                    List.of(ring(20, 20, 20, 22, 22, 22, 22, 20, 20, 20)));

            ValidationException e = catchThrowableOfType(ValidationException.class, () -> codec.write(polygon));

            assertThat(e.errors()).singleElement().satisfies(error ->
                    assertError(error, "definitionJson/coordinates/1", "lies outside the outer ring"));
        }

        @Test
        void namesTheType() {
            assertThat(codec.typeOf(new Circle(GeoPoint.of(0, 0), 1))).isEqualTo(CIRCLE);
            assertThat(codec.typeOf(Polygon.of(ring(0, 0, 1, 0, 1, 1, 0, 0)))).isEqualTo(POLYGON);
        }

        @Test
        void refusesNulls() {
            assertThatNullPointerException().isThrownBy(() -> codec.write(null));
            assertThatNullPointerException().isThrownBy(() -> codec.read(null, "{}"));
            assertThatNullPointerException().isThrownBy(() -> codec.read(CIRCLE, null));
            assertThatNullPointerException().isThrownBy(() -> codec.typeOf(null));
        }
    }

    @Nested
    class RoundTrips {

        @Test
        void circleReadsBackEqual() {
            Circle circle = new Circle(GeoPoint.of(51.1694, 71.4491), 2_500.75);

            assertThat(codec.read(CIRCLE, codec.write(circle))).isEqualTo(circle);
        }

        @Test
        void polygonWithHolesReadsBackEqual() {
            Polygon polygon = new Polygon(ring(76.8, 43.1, 77.1, 43.1, 77.1, 43.4, 76.8, 43.4, 76.8, 43.1),
                    List.of(ring(76.9, 43.2, 76.9, 43.25, 76.95, 43.25, 76.9, 43.2),
                            ring(77.0, 43.3, 77.05, 43.3, 77.05, 43.35, 77.0, 43.3)));

            assertThat(codec.read(POLYGON, codec.write(polygon))).isEqualTo(polygon);
        }

        @Test
        void concavePolygonReadsBackEqual() {
            Polygon concave = Polygon.of(ring(0, 0, 4, 0, 4, 4, 2, 1.5, 0, 4, 0, 0));

            assertThat(codec.read(POLYGON, codec.write(concave))).isEqualTo(concave);
        }

        @Test
        void extremeValuesReadBackEqual() {
            Circle circle = new Circle(GeoPoint.of(-0.0, Double.MIN_VALUE), Double.MIN_VALUE);
            Polygon west = Polygon.of(ring(-180, -90, -0.0, -90, -0.0, 1e-300, -180, 90, -180, -90));
            Polygon east = Polygon.of(ring(0, -90, 180, -90, 180, 90, Double.MIN_VALUE, 4.9e-300, 0, -90));

            assertThat(codec.read(CIRCLE, codec.write(circle))).isEqualTo(circle);
            assertThat(codec.read(POLYGON, codec.write(west))).isEqualTo(west);
            assertThat(codec.read(POLYGON, codec.write(east))).isEqualTo(east);
        }

        @Test
        void writingIsIdempotent() {
            String canonical = codec.write(codec.read(POLYGON, polygon(SQUARE, HOLE)));

            assertThat(codec.write(codec.read(POLYGON, canonical))).isEqualTo(canonical);
        }

        @Test
        void randomCirclesReadBackEqual() {
            long seed = RandomSeeds.next();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 2_000; i++) {
                Circle circle = new Circle(GeoPoint.of(coordinate(random, 90), coordinate(random, 180)),
                        ZoneGeometry.MAX_RADIUS_METRES * (1 - random.nextDouble()));
                String definition = codec.write(circle);

                assertThat(codec.read(CIRCLE, definition)).as("seed %d, %s", seed, definition).isEqualTo(circle);
                assertThat(codec.write(codec.read(CIRCLE, definition))).as("seed %d", seed).isEqualTo(definition);
            }
        }

        @Test
        void randomPolygonsWithHolesReadBackEqual() {
            long seed = RandomSeeds.next();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 300; i++) {
                Polygon polygon = randomPolygon(random);
                String definition = codec.write(polygon);

                assertThat(codec.read(POLYGON, definition)).as("seed %d, polygon %d: %s", seed, i, definition)
                        .isEqualTo(polygon);
                assertThat(codec.write(codec.read(POLYGON, definition))).as("seed %d, polygon %d", seed, i)
                        .isEqualTo(definition);
            }
        }

        @Test
        void aSharedCodecReadsAndWritesConcurrently() throws Exception {
            long seed = RandomSeeds.next();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    SplittableRandom random = new SplittableRandom(seed + t);
                    work.add(threads.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            Polygon polygon = randomPolygon(random);
                            assertThat(codec.read(POLYGON, codec.write(polygon))).as("seed %d", seed).isEqualTo(polygon);
                        }
                    }));
                }
                for (Future<?> future : work) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
        }

        /** Mostly uniform in range, sometimes an end of the range, zero, or a tiny number. */
        private double coordinate(SplittableRandom random, double limit) {
            return switch (random.nextInt(20)) {
                case 0 -> limit;
                case 1 -> -limit;
                case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                case 3 -> Math.scalb(random.nextDouble(), -random.nextInt(1000));
                default -> random.nextDouble(-limit, limit);
            };
        }
    }

    /**
     * A polygon star-shaped about a random centre, so concave yet simple, with up to three holes
     * that stay clear of the outer ring and of each other. Sometimes a position is repeated.
     */
    static Polygon randomPolygon(SplittableRandom random) {
        double radius = Math.pow(10, random.nextDouble(-4, 0.7));
        double lat = random.nextDouble(-84, 84);
        double lon = random.nextDouble(-174, 174);
        List<GeoPoint> shell = starRing(random, 7 + random.nextInt(60), lat, lon, radius);
        int holeCount = random.nextInt(4);
        List<List<GeoPoint>> holes = new ArrayList<>();
        for (int h = 0; h < holeCount; h++) {
            // The shell keeps out of 0.43 radius of the centre; holes sit within 0.3 of it, 0.34 apart.
            double angle = 2 * Math.PI * h / holeCount;
            double distance = holeCount == 1 ? 0 : 0.2 * radius;
            holes.add(starRing(random, 3 + random.nextInt(12), lat + distance * Math.sin(angle),
                    lon + distance * Math.cos(angle), 0.1 * radius));
        }
        return new Polygon(shell, holes);
    }

    /**
     * A closed ring of the given number of corners around a centre, at angles at most 2 pi / corners
     * apart (60 degrees for 7 corners) and distances between half the radius and the radius:
     * simple, often concave, clear of a disc of 0.43 radius about the centre. Sometimes a
     * position is repeated, as GeoJSON allows.
     */
    static List<GeoPoint> starRing(SplittableRandom random, int corners, double lat, double lon, double radius) {
        List<GeoPoint> ring = new ArrayList<>(corners + 2);
        double step = 2 * Math.PI / corners;
        for (int i = 0; i < corners; i++) {
            double angle = step * (i + random.nextDouble(0.1, 0.9));
            double distance = radius * random.nextDouble(0.5, 1);
            GeoPoint point = GeoPoint.of(lat + distance * Math.sin(angle), lon + distance * Math.cos(angle));
            ring.add(point);
            if (random.nextInt(30) == 0) {
                ring.add(point);
            }
        }
        ring.add(ring.get(0));
        return ring;
    }

    /**
     * Seeds for the randomized tests: a fresh one per test unless the system property
     * {@code utm.test.seed} fixes it, so a failure printed with its seed can be replayed.
     */
    static final class RandomSeeds {

        private static final SplittableRandom SEEDS = new SplittableRandom();

        private RandomSeeds() {
        }

        static synchronized long next() {
            Long fixed = Long.getLong("utm.test.seed");
            return fixed != null ? fixed : SEEDS.nextLong();
        }
    }
}
