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
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.liaisongraph.state.State;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The lists of maritime facts, what each names (one statement per field and level) and their sources. */
@Controller
class MaritimeController {

	private final MaritimeQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	MaritimeController(MaritimeQueries queries, Paging paging, SourceQueries sources) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
	}

	@QueryMapping
	Connection<Vessel> vessels(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Vessel.class, page));
	}

	@BatchMapping(typeName = "Vessel", field = "sources")
	Map<Vessel, List<SourceRef>> vesselSources(List<Vessel> facts) {
		return sources.supporting(FactLabel.VESSEL, facts, Vessel::id);
	}

	@QueryMapping
	Connection<SurveillanceAsset> surveillanceAssets(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(SurveillanceAsset.class, page));
	}

	@BatchMapping(typeName = "SurveillanceAsset", field = "sources")
	Map<SurveillanceAsset, List<SourceRef>> surveillanceAssetSources(List<SurveillanceAsset> facts) {
		return sources.supporting(FactLabel.SURVEILLANCE_ASSET, facts, SurveillanceAsset::id);
	}

	@QueryMapping
	Connection<Deployment> deployments(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Deployment.class, page));
	}

	@BatchMapping(typeName = "Deployment", field = "sources")
	Map<Deployment, List<SourceRef>> deploymentSources(List<Deployment> facts) {
		return sources.supporting(FactLabel.DEPLOYMENT, facts, Deployment::id);
	}

	@QueryMapping
	Connection<Detection> detections(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(Detection.class, page));
	}

	@BatchMapping(typeName = "Detection", field = "sources")
	Map<Detection, List<SourceRef>> detectionSources(List<Detection> facts) {
		return sources.supporting(FactLabel.DETECTION, facts, Detection::id);
	}

	@QueryMapping
	Connection<MaocnCase> maocnCases(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(MaocnCase.class, page));
	}

	@BatchMapping(typeName = "MaocnCase", field = "sources")
	Map<MaocnCase, List<SourceRef>> maocnCaseSources(List<MaocnCase> facts) {
		return sources.supporting(FactLabel.MAOCN_CASE, facts, MaocnCase::id);
	}

	@QueryMapping
	Connection<ContainerScan> containerScans(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(ContainerScan.class, page));
	}

	@BatchMapping(typeName = "ContainerScan", field = "sources")
	Map<ContainerScan, List<SourceRef>> containerScanSources(List<ContainerScan> facts) {
		return sources.supporting(FactLabel.CONTAINER_SCAN, facts, ContainerScan::id);
	}

	@QueryMapping
	Connection<InformationSharingAgreement> informationSharingAgreements(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(InformationSharingAgreement.class, page));
	}

	@BatchMapping(typeName = "InformationSharingAgreement", field = "sources")
	Map<InformationSharingAgreement, List<SourceRef>> informationSharingAgreementSources(List<InformationSharingAgreement> facts) {
		return sources.supporting(FactLabel.INFORMATION_SHARING_AGREEMENT, facts, InformationSharingAgreement::id);
	}

	@QueryMapping
	Connection<IntegrityFigure> integrityFigures(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.all(IntegrityFigure.class, page));
	}

	@BatchMapping(typeName = "IntegrityFigure", field = "sources")
	Map<IntegrityFigure, List<SourceRef>> integrityFigureSources(List<IntegrityFigure> facts) {
		return sources.supporting(FactLabel.INTEGRITY_FIGURE, facts, IntegrityFigure::id);
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
