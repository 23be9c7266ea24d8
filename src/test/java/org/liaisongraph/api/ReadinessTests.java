package org.liaisongraph.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/** Before the dataset is loaded GraphQL says so with 503; the probes are split. */
class ReadinessTests extends IntegrationTest {

	@Autowired
	private ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void untilTheApplicationIsReadyGraphQlAnswers503WithAClassifiedErrorAndReadinessSaysDown() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Basic dmlld2VyOnZpZXdlci1kZW1v")
			.content("{\"query\":\"{ states { totalCount } }\"}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAVAILABLE"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void onceReadyGraphQlAnswers() throws Exception {
		answered(mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Basic dmlld2VyOnZpZXdlci1kZW1v")
			.content("{\"query\":\"{ states { totalCount } }\"}"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

}
