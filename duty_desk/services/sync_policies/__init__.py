"""Each capability's sync policies, one module each; every module here is imported by sync_policy.policies()."""
