package org.liaisongraph.maritime;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.agency.Agency;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.maritime.MaritimeQueries.Link;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.state.State;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The lists of maritime facts and what each names (one statement per field and level); their sources: {@link MaritimeSources}. */
@Controller
class MaritimeController {

	private final MaritimeQueries queries;

	private final Paging paging;

	MaritimeController(MaritimeQueries queries, Paging paging) {
		this.queries = queries;
		this.paging = paging;
	}

	@QueryMapping
	Connection<Vessel> vessels(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Vessel.class, page));
	}

	@QueryMapping
	Connection<SurveillanceAsset> surveillanceAssets(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(SurveillanceAsset.class, page));
	}

	@QueryMapping
	Connection<Deployment> deployments(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Deployment.class, page));
	}

	@QueryMapping
	Connection<Detection> detections(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Detection.class, page));
	}

	@QueryMapping
	Connection<MaocnCase> maocnCases(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(MaocnCase.class, page));
	}

	@QueryMapping
	Connection<ContainerScan> containerScans(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(ContainerScan.class, page));
	}

	@QueryMapping
	Connection<InformationSharingAgreement> informationSharingAgreements(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(InformationSharingAgreement.class, page));
	}

	@QueryMapping
	Connection<IntegrityFigure> integrityFigures(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(IntegrityFigure.class, page));
	}

	@BatchMapping(typeName = "Vessel", field = "flagState")
	Map<Vessel, State> vesselFlagState(List<Vessel> facts) {
		return queries.one(Link.FLAG_STATE, facts, Vessel::id, State.class);
	}

	@BatchMapping(typeName = "SurveillanceAsset", field = "operator")
	Map<SurveillanceAsset, Agency> surveillanceAssetOperator(List<SurveillanceAsset> facts) {
		return queries.one(Link.OPERATOR, facts, SurveillanceAsset::id, Agency.class);
	}

	@BatchMapping(typeName = "Deployment", field = "asset")
	Map<Deployment, SurveillanceAsset> deploymentAsset(List<Deployment> facts) {
		return queries.one(Link.DEPLOYED_ASSET, facts, Deployment::id, SurveillanceAsset.class);
	}

	@BatchMapping(typeName = "Deployment", field = "routes")
	Map<Deployment, List<TraffickingRoute>> deploymentRoutes(List<Deployment> facts) {
		return queries.many(Link.WATCHED_ROUTES, facts, Deployment::id, TraffickingRoute.class);
	}

	@BatchMapping(typeName = "Detection", field = "vessel")
	Map<Detection, Vessel> detectionVessel(List<Detection> facts) {
		return queries.one(Link.DETECTED_VESSEL, facts, Detection::id, Vessel.class);
	}

	@BatchMapping(typeName = "Detection", field = "asset")
	Map<Detection, SurveillanceAsset> detectionAsset(List<Detection> facts) {
		return queries.one(Link.DETECTING_ASSET, facts, Detection::id, SurveillanceAsset.class);
	}

	@BatchMapping(typeName = "Detection", field = "suspectedRoute")
	Map<Detection, TraffickingRoute> detectionSuspectedRoute(List<Detection> facts) {
		return queries.one(Link.SUSPECTED_ROUTE, facts, Detection::id, TraffickingRoute.class);
	}

	@BatchMapping(typeName = "MaocnCase", field = "detection")
	Map<MaocnCase, Detection> maocnCaseDetection(List<MaocnCase> facts) {
		return queries.one(Link.REFERRED_DETECTION, facts, MaocnCase::id, Detection.class);
	}

	@BatchMapping(typeName = "MaocnCase", field = "interceptingState")
	Map<MaocnCase, State> maocnCaseInterceptingState(List<MaocnCase> facts) {
		return queries.one(Link.INTERCEPTING_STATE, facts, MaocnCase::id, State.class);
	}

	@BatchMapping(typeName = "MaocnCase", field = "interceptingAgency")
	Map<MaocnCase, Agency> maocnCaseInterceptingAgency(List<MaocnCase> facts) {
		return queries.one(Link.INTERCEPTING_AGENCY, facts, MaocnCase::id, Agency.class);
	}

	@BatchMapping(typeName = "MaocnCase", field = "seizure")
	Map<MaocnCase, Seizure> maocnCaseSeizure(List<MaocnCase> facts) {
		return queries.one(Link.CASE_SEIZURE, facts, MaocnCase::id, Seizure.class);
	}

	@BatchMapping(typeName = "ContainerScan", field = "port")
	Map<ContainerScan, Port> containerScanPort(List<ContainerScan> facts) {
		return queries.one(Link.SCAN_PORT, facts, ContainerScan::id, Port.class);
	}

	@BatchMapping(typeName = "ContainerScan", field = "agencies")
	Map<ContainerScan, List<Agency>> containerScanAgencies(List<ContainerScan> facts) {
		return queries.many(Link.SCAN_AGENCIES, facts, ContainerScan::id, Agency.class);
	}

	@BatchMapping(typeName = "InformationSharingAgreement", field = "agencies")
	Map<InformationSharingAgreement, List<Agency>> informationSharingAgreementAgencies(List<InformationSharingAgreement> facts) {
		return queries.many(Link.AGREEMENT_AGENCIES, facts, InformationSharingAgreement::id, Agency.class);
	}
}
