package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SleepAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Graceful stop: {@code terminationGracePeriodSeconds} on the pod when the spec sets it, and a
 * {@code preStop} hook that sleeps {@code preStopSleepSeconds} before the container gets SIGTERM
 * (time for endpoints, load balancers and kube-proxy to stop sending it requests). The hook is the
 * native {@code sleep} action from Kubernetes {@value #NATIVE_SLEEP_MINOR} (beta and on by default
 * since 1.30, stable in 1.34), which needs nothing in the image; for older targets it is an
 * {@code exec} of {@code sleep <seconds>}, which needs a {@code sleep} binary in the image.
 */
final class StopCompiler {

  static final int NATIVE_SLEEP_MINOR = 30;

  private StopCompiler() {}

  static void apply(PodSpec pod, Tier tier, Options options) {
    Integer grace = tier.pod().terminationGracePeriodSeconds();
    pod.setTerminationGracePeriodSeconds(grace == null ? null : grace.longValue());
    Integer sleep = tier.pod().preStopSleepSeconds();
    if (sleep == null) {
      return;
    }
    LifecycleHandler preStop = new LifecycleHandler();
    if (options.kubernetesAtLeast(NATIVE_SLEEP_MINOR)) {
      SleepAction action = new SleepAction();
      action.setSeconds(sleep.longValue());
      preStop.setSleep(action);
    } else {
      ExecAction exec = new ExecAction();
      exec.setCommand(new ArrayList<>(List.of("sleep", String.valueOf(sleep))));
      preStop.setExec(exec);
    }
    // The main container only (the first, ContainerCompiler's; a podTemplate merges into it and
    // appends sidecars after it): a sidecar keeps its own hooks, and a postStart hook the
    // podTemplate gave the main container stays.
    Container main = pod.getContainers().get(0);
    Lifecycle lifecycle = main.getLifecycle() != null ? main.getLifecycle() : new Lifecycle();
    lifecycle.setPreStop(preStop);
    main.setLifecycle(lifecycle);
  }
}
