import * as core from '@actions/core';
import YAML from 'yaml';
core.setOutput('drift', YAML.stringify({a: 1}));
