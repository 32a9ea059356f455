#!/usr/bin/env node
import '../dist/bundle/drillbit.mjs';
