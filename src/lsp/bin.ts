#!/usr/bin/env node
import { startStdioServer } from './main.js';

startStdioServer();
