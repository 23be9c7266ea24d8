package org.liaisongraph.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.analysis.DataQuality.AnalysisQuality;
import org.liaisongraph.analysis.DataQuality.AnswerQuality;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DataQualityController {

	private final DataQualityQueries queries;

	private final DefaultAnswers answers;

	DataQualityController(DataQualityQueries queries, DefaultAnswers answers) {
		this.queries = queries;
		this.answers = answers;
	}

	@QueryMapping
	DataQuality dataQuality() {
		return queries.quality();
	}

	/** Runs each analysis's default question only when asked: one run of every analysis. */
	@BatchMapping(typeName = "AnalysisQuality")
	Map<AnalysisQuality, AnswerQuality> answer(List<AnalysisQuality> analyses) {
		Map<AnalysisQuality, AnswerQuality> byAnalysis = new LinkedHashMap<>();
		analyses.forEach(a -> byAnalysis.put(a, answers.quality(a.analysis())));
		return byAnalysis;
	}

}
