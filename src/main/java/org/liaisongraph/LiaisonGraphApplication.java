package org.liaisongraph;

import java.util.List;

import org.liaisongraph.dataset.DatasetCommand;
import org.liaisongraph.dataset.SyntheticGraph;
import org.liaisongraph.report.ReportCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Liaison Graph: the knowledge graph of treaties, liaison officers, sanctions and trafficking
 * routes behind a foreign ministry's fight against international drug trafficking. Started with
 * {@code import <folder>}, {@code check <folder>} or {@code export <folder>} it runs that command
 * instead of serving; with {@code report <year> --lang nl --out report.pdf} it writes the annual report;
 * {@code synth --scale N <folder>} writes a synthetic graph without starting anything.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LiaisonGraphApplication {

	public static void main(String[] args) {
		if (SyntheticGraph.requested(args)) {
			System.exit(SyntheticGraph.run(args));
		}
		if (DatasetCommand.requested(args)) {
			var context = new SpringApplicationBuilder(LiaisonGraphApplication.class).web(WebApplicationType.NONE)
				.properties("liaison.dataset.load=false", "liaison.queries.check-at-start=false")
				.run(args);
			var arguments = context.getBean(ApplicationArguments.class).getNonOptionArgs();
			int code = context.getBean(DatasetCommand.class).execute(arguments, System.out, System.err);
			System.exit(SpringApplication.exit(context, () -> code));
		}
		if (ReportCommand.requested(args)) {
			// The graph is the server's (data folder, dataset loaded on a first start); only the web is off.
			var context = new SpringApplicationBuilder(LiaisonGraphApplication.class).web(WebApplicationType.NONE)
				.run(args);
			int code = context.getBean(ReportCommand.class).execute(List.of(args), System.out, System.err);
			System.exit(SpringApplication.exit(context, () -> code));
		}
		SpringApplication.run(LiaisonGraphApplication.class, args);
	}

}
