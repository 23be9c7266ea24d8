package org.liaisongraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Liaison Graph: the knowledge graph of treaties, liaison officers, sanctions and trafficking
 * routes behind a foreign ministry's fight against international drug trafficking.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LiaisonGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(LiaisonGraphApplication.class, args);
	}

}
