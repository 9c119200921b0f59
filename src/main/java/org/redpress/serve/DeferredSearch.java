package org.redpress.serve;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.redpress.search.SearchOutputStep;

/** Builds a rebuild's search index after its pages are served; gives up, empty, once {@code stop} says so. */
@FunctionalInterface
public interface DeferredSearch {

  Optional<SearchOutputStep.Export> build(BooleanSupplier stop);
}
