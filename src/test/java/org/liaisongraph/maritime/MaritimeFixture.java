package org.liaisongraph.maritime;

import java.util.List;

import org.liaisongraph.dataset.ImportFile;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small maritime graph whose figures are worked out by hand in the tests. Its one route has one
 * leg between two ports of the open South Pacific along the parallel 50°S, 1° of longitude apart:
 * far from the MARNET lanes, so the leg's sea path is the straight line between them, and an area
 * bounded by meridians cuts it at those meridians.
 */
public final class MaritimeFixture {

	/** Latitude of both ports. */
	static final double LAT = -50;

	/** Longitudes of the ports. */
	static final double WEST = -120;

	static final double EAST = -119;

	public static final List<ImportFile> FILES = List.of(
			new ImportFile("Source.csv", """
					id,title,reliability
					src-a,Fixture source A,A
					src-b,Fixture source B,B
					illustrative,Invented for the test,F
					"""),
			new ImportFile("State.csv", """
					iso2,name,source
					BE,Belgium,src-a
					FR,France,src-a
					"""),
			new ImportFile("Agency.csv", """
					code,name,kind,source
					MAOC-N,MAOC-N,MULTINATIONAL_CENTRE,src-a
					BE-NAVY,Belgian Navy,DEFENCE,src-a
					"""),
			new ImportFile("BELONGS_TO.csv", """
					from,toLabel,to,source
					BE-NAVY,State,BE,src-a
					"""),
			new ImportFile("PARTICIPATES_IN.csv", """
					fromLabel,from,to,since,staff,source
					State,BE,MAOC-N,2010-01-01,2,src-a
					Agency,BE-NAVY,MAOC-N,,1,src-b
					State,FR,MAOC-N,2030-01-01,5,src-a
					"""),
			new ImportFile("Port.csv", """
					locode,name,latitude,longitude,source
					CLXAA,Pacific A,-50,-120,src-a
					CLXBB,Pacific B,-50,-119,src-a
					"""),
			new ImportFile("TraffickingRoute.csv", """
					id,name,commodity,modality,active,source
					r-x,Pacific test route,COCAINE,CONTAINER,true,illustrative
					"""),
			new ImportFile("CALLS_AT.csv", """
					from,to,seq,role,source
					r-x,CLXAA,0,ORIGIN,illustrative
					r-x,CLXBB,1,DESTINATION,illustrative
					"""),
			new ImportFile("SurveillanceAsset.csv", """
					id,name,kind,source
					ship-1,Test frigate,SHIP,src-a
					plane-1,Test aircraft,PATROL_AIRCRAFT,src-a
					"""),
			new ImportFile("OPERATED_BY.csv", """
					from,to,source
					ship-1,BE-NAVY,src-a
					"""),
			// d-1 and d-2 overlap from -119.5 to -119.25; d-3 is out of the period; d-4 straddles the new year
			new ImportFile("Deployment.csv", """
					id,from,until,hours,underMaocn,areaSouth,areaWest,areaNorth,areaEast,source
					d-1,2024-01-01,2024-01-31,100,true,-51,-119.5,-49,-119,src-a
					d-2,2024-01-10,2024-01-12,30,false,-51,-119.75,-49,-119.25,src-b
					d-3,2023-03-01,2023-03-31,50,true,-51,-120,-49,-119,src-a
					d-4,2023-12-20,2024-01-05,20,true,10,10,11,11,src-a
					"""),
			new ImportFile("DEPLOYS.csv", """
					from,to,source
					d-1,ship-1,src-a
					d-2,plane-1,src-a
					d-3,ship-1,src-a
					d-4,ship-1,src-a
					"""),
			new ImportFile("Vessel.csv", """
					id,name,imo,source
					v-1,Test vessel,9123456,src-a
					"""),
			new ImportFile("Detection.csv", """
					id,detectedOn,latitude,longitude,source
					det-1,2024-02-01,-50,-119.6,src-a
					det-2,2024-03-01,-50,-119.4,src-a
					det-3,2024-04-01,-50,-119.2,src-a
					det-4,2023-05-01,-50,-119.9,src-a
					"""),
			new ImportFile("DETECTED_BY.csv", """
					from,to,source
					det-1,ship-1,src-a
					det-2,plane-1,src-a
					det-3,plane-1,src-a
					det-4,ship-1,src-a
					"""),
			new ImportFile("OF_VESSEL.csv", """
					from,to,source
					det-1,v-1,src-a
					"""),
			new ImportFile("SUSPECTED_ON.csv", """
					from,to,source
					det-1,r-x,src-a
					det-2,r-x,src-a
					det-4,r-x,src-a
					"""),
			new ImportFile("Seizure.csv", """
					id,seizedOn,drug,quantityKg,source
					s-1,2024-02-03,cocaine,1000,src-a
					s-2,2024-06-01,cocaine,500,illustrative
					"""),
			new ImportFile("ON_ROUTE.csv", """
					from,to,source
					s-2,r-x,illustrative
					"""),
			new ImportFile("MaocnCase.csv", """
					id,referredOn,outcome,source
					c-1,2024-02-01,INTERCEPTED,src-a
					c-2,2024-03-02,NOT_INTERCEPTED,src-a
					c-3,2024-05-30,INTERCEPTED,illustrative
					"""),
			new ImportFile("REFERS.csv", """
					from,to,source
					c-1,det-1,src-a
					c-2,det-2,src-a
					"""),
			new ImportFile("INTERCEPTING_STATE.csv", """
					from,to,source
					c-1,BE,src-a
					c-2,FR,src-a
					"""),
			new ImportFile("INTERCEPTING_AGENCY.csv", """
					from,to,source
					c-3,BE-NAVY,illustrative
					"""),
			new ImportFile("LED_TO.csv", """
					from,to,source
					c-1,s-1,src-a
					c-3,s-2,illustrative
					"""),
			new ImportFile("IntegrityFigure.csv", """
					id,year,unitType,kind,count,source
					i-1,2024,navy,TESTS,120,src-a
					i-2,2024,air,TESTS,80,src-a
					i-3,2024,navy,INCIDENTS,3,src-a
					i-4,2024,air,INCIDENTS,10,src-a
					i-5,2024,navy,DISMISSALS,2,src-a
					i-6,2023,navy,TESTS,100,src-b
					"""));

	/**
	 * A second sea, to import after {@link #FILES}: a route in the Caribbean from Kingston to
	 * Cartagena, whose leg's sea path lies wholly inside {@link SeaArea#CARIBBEAN}, and a satellite
	 * deployment in February 2024 that has no box of its own but watches that named area.
	 */
	public static final List<ImportFile> CARIBBEAN = List.of(
			new ImportFile("Port.csv", """
					locode,name,latitude,longitude,source
					JMKIN,Kingston,17.97,-76.79,src-a
					COCTG,Cartagena,10.4,-75.5,src-a
					"""),
			new ImportFile("TraffickingRoute.csv", """
					id,name,commodity,modality,active,source
					r-c,Caribbean test route,COCAINE,CONTAINER,true,illustrative
					"""),
			new ImportFile("CALLS_AT.csv", """
					from,to,seq,role,source
					r-c,COCTG,0,ORIGIN,illustrative
					r-c,JMKIN,1,DESTINATION,illustrative
					"""),
			new ImportFile("SurveillanceAsset.csv", """
					id,name,kind,source
					sat-1,Test satellite,SATELLITE,src-a
					"""),
			new ImportFile("Deployment.csv", """
					id,from,until,underMaocn,seaArea,source
					d-5,2024-02-01,2024-02-28,false,CARIBBEAN,src-a
					"""),
			new ImportFile("DEPLOYS.csv", """
					from,to,source
					d-5,sat-1,src-a
					"""));

	private MaritimeFixture() {
	}

	/** The sea distance the import gave a route's one leg, nautical miles. */
	static double legNm(Neo4jClient neo4j, String route) {
		return neo4j.query("MATCH ()-[l:LEG {route: $route}]->() RETURN l.distanceNm")
			.bind(route)
			.to("route")
			.fetchAs(Double.class)
			.one()
			.orElseThrow();
	}

	/** The great-circle distance along the parallel of the fixture between two longitudes, nautical miles. */
	static double nm(double lon1, double lon2) {
		double dLon = Math.toRadians(lon2 - lon1);
		double cos = Math.cos(Math.toRadians(LAT));
		double a = cos * cos * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 3440.065 * Math.asin(Math.sqrt(a));
	}

}
