package org.liaisongraph;

import org.liaisongraph.dataset.DatasetCommand;
import org.liaisongraph.dataset.SyntheticGraph;
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
 * instead of serving; {@code synth --scale N <folder>} writes a synthetic graph without starting
 * anything.
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
				.properties("liaison.dataset.load=false")
				.run(args);
			var arguments = context.getBean(ApplicationArguments.class).getNonOptionArgs();
			int code = context.getBean(DatasetCommand.class).execute(arguments, System.out, System.err);
			System.exit(SpringApplication.exit(context, () -> code));
		}
		SpringApplication.run(LiaisonGraphApplication.class, args);
	}

}
